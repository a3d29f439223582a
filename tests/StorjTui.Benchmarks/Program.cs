using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StorjTui.Benchmarks;

// `derive-rss`, `keystroke` and `gateway` are measure.sh's helpers (see their classes); anything else goes to BenchmarkDotNet
// (e.g. `--filter '*'`, `--list flat`). In-process toolchain: no per-benchmark rebuild on a 2-core machine.
if (args.Length > 0 && args[0] == "derive-rss")
{
    return DerivationMemory.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "gateway")
{
    return await GatewayThroughput.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "keystroke")
{
#if HAS_TUI
    return await KeystrokeLatency.RunAsync(args[1..]);
#else
    Console.Error.WriteLine("keystroke: this checkout has no full-screen app (src/StorjTui/Tui) yet.");
    return 1;
#endif
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(PassphraseBenchmarks).Assembly).Run(args, config);
return 0;
