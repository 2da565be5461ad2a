using Microsoft.Extensions.Logging;
using Parallax.Storage.Sqlite;
using Parallax.Store;

namespace Parallax.Web.Services;

/// <summary>The storage engines this program opens stores with, the one place that names them.</summary>
public static class KnownEngines
{
    /// <summary>The log category of what the engines do.</summary>
    public const string LogCategory = "Parallax.Store";

    /// <summary>The engines, logging what they do (opening, migrating) to <paramref name="logger"/>.</summary>
    public static StoreEngines Create(ILogger? logger = null) => new(new SqliteEngine(logger));
}
