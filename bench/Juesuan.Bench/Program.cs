using BenchmarkDotNet.Running;
using Juesuan.Bench;

// `timing` runs a quick stopwatch measurement of the whole pipeline (useful while optimising);
// anything else goes to BenchmarkDotNet.
if (args is ["timing", ..])
{
    Timing.Run();
    return;
}
// `hostile` reads the red-team findings' inputs once each, with time and peak memory.
if (args is ["hostile", ..])
{
    Hostile.Run();
    return;
}
// `load [seconds]` starts the web application and measures requests per second and latency under concurrency;
// `pages [seconds]` does the same for the pages.
if (args is ["load" or "pages", ..])
{
    await Load.RunAsync(args);
    return;
}
// `portal [seconds] [sqlite|postgres] [units]` publishes generated units over four years and measures the portal's pages.
if (args is ["portal", ..])
{
    await Portal.RunAsync(args);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(DisclosureBenchmarks).Assembly).Run(args);
