using System.Diagnostics;

namespace Parallax.Tests.Support;

/// <summary>Runs the real <c>parallax</c> CLI (the built Parallax.Cli.dll beside the tests) as a separate process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public string[] OutputLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Starts the CLI without waiting: for tests that interrupt or kill it.</summary>
    public static Process Start(params string[] args) => Process.Start(Info(args))!;

    private static ProcessStartInfo Info(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Parallax.Cli.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true"; // no progress bar
        psi.Environment.Remove("PARALLAX_DB");
        return psi;
    }

    public static Result RunWithInput(string? stdin, params string[] args)
    {
        using var p = Process.Start(Info(args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
            p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"parallax {string.Join(' ', args)} did not finish");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);
}
