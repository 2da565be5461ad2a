using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Parallax.Bench.Data;
using Parallax.Bench.Stories;

namespace Parallax.Bench;

/// <summary>
/// Entry point: BenchmarkDotNet's switcher, so <c>--filter '*Extraction*'</c>, <c>--list flat</c>,
/// <c>--job short</c> and the other standard arguments work. The datasets are located once here and
/// handed to the benchmark processes BenchmarkDotNet starts through an environment variable.
/// </summary>
public static class Program
{
    /// <summary>BenchmarkDotNet builds a generated project per job; on a busy machine that outlasts its 2-minute default.</summary>
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    public static async Task<int> Main(string[] args)
    {
        // Runs that are not BenchmarkDotNet harnesses: a long stream, model fitting, a generated stream.
        if (args.Length > 0 && args[0] == "stories-scale")
            return StoryScale.Run(args);
        if (args.Length > 0 && args[0] == "store-startup")
            return await Store.StoreStartup.RunAsync(args);
        if (args.Length > 0 && args[0] == "follow-throughput")
            return await Acquisition.FollowThroughput.RunAsync(args);
        if (args.Length > 0 && args[0] == "articles-jsonl")
            return Web.ArticleStreamWriter.Run(args);
        var datasets = DatasetLocator.Find();
        if (datasets is null)
        {
            Console.Error.WriteLine(
                $"Parallax.Bench: the evaluation datasets were not found. Put them in ../shared/datasets beside the repository, " +
                $"or set {DatasetLocator.EnvironmentVariable} to the datasets folder.");
            return 2;
        }
        if (args.Length > 0 && args[0] == "stories-train")
            return StoryModelTraining.Run(args, datasets);
        if (args.Length > 0 && args[0] == "compare-profile")
            return Comparison.CompareProfile.Run(args, datasets);
        if (args.Length > 0 && args[0] == "stories-idf")
            return BackgroundIdfGenerator.Run(args, datasets);
        Environment.SetEnvironmentVariable(DatasetLocator.EnvironmentVariable, datasets);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(BuildTimeout));
        return 0;
    }
}
