using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StorjTui.Benchmarks;

// `derive-rss …` measures memory in this fresh process; anything else goes to BenchmarkDotNet
// (e.g. `--filter '*'`, `--list flat`). In-process toolchain: no per-benchmark rebuild on a 2-core machine.
if (args.Length > 0 && args[0] == "derive-rss")
{
    return DerivationMemory.Run(args[1..]);
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
