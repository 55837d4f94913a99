using BenchmarkDotNet.Running;
using Juesuan.Bench;

// `timing` runs a quick stopwatch measurement of the whole pipeline (useful while optimising);
// anything else goes to BenchmarkDotNet.
if (args is ["timing", ..])
{
    Timing.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(DisclosureBenchmarks).Assembly).Run(args);
