using Parallax.Text;

namespace Parallax.Analysis.Entities.Data;

/// <summary>
/// The entity gazetteers, text files beside this one (each file's header says what it holds and where it
/// comes from), read once when <see cref="EntityLexicon"/> is built.
/// </summary>
internal static class EntityData
{
    public static string Countries => EmbeddedData.Read("countries.txt");

    public static string Regions => EmbeddedData.Read("regions.txt");

    public static string Cities => EmbeddedData.Read("cities.txt");

    public static string Organizations => EmbeddedData.Read("organizations.txt");

    public static string Titles => EmbeddedData.Read("titles.txt");

    /// <summary>Given names, whitespace-separated over several lines.</summary>
    public static IEnumerable<string> GivenNames =>
        EmbeddedData.Lines("given-names.txt").SelectMany(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
