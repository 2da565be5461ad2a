using Parallax.Tests.Support;
using Parallax.Text;

namespace Parallax.Tests.Text;

public sealed class EmbeddedDataTests
{
    /// <summary>Every src/Parallax/**/Data/*.txt (outside bin and obj), by file name.</summary>
    private static readonly Dictionary<string, string> OnDisk =
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Parallax"), "*.txt", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Data"
                && !Path.GetRelativePath(RepoPaths.Root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToDictionary(f => Path.GetFileName(f), StringComparer.Ordinal);

    public static TheoryData<string> DataFiles() => new(OnDisk.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_data_file_in_the_source_is_embedded_as_written(string file)
    {
        Assert.Equal(File.ReadAllText(OnDisk[file]), EmbeddedData.Read(file));
        Assert.NotEmpty(EmbeddedData.Lines(file));
    }

    [Fact]
    public void Data_files_are_found_and_a_missing_one_fails_loudly()
    {
        Assert.True(OnDisk.Count >= 10, $"only {OnDisk.Count} data files");
        Assert.Throws<InvalidOperationException>(() => EmbeddedData.Read("no-such-file.txt"));
    }

    [Fact]
    public void Rows_keep_empty_fields_and_skip_comments()
    {
        Assert.Equal(["%", "percent", "Percent", ""], EmbeddedData.Rows("unit-symbols.txt").First());
        Assert.DoesNotContain(EmbeddedData.Lines("cities.txt"), line => line.StartsWith('#'));
    }
}
