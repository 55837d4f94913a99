using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Juesuan.Bench.DisclosureBenchmarks).Assembly).Run(args);
