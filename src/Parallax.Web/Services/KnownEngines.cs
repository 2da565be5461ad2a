using Microsoft.Extensions.Logging;
using Parallax.Storage.Postgres;
using Parallax.Storage.Sqlite;
using Parallax.Store;

namespace Parallax.Web.Services;

/// <summary>The storage engines this program opens stores with, the one place that names them.</summary>
public static class KnownEngines
{
    /// <summary>The log category of what the engines do.</summary>
    public const string LogCategory = "Parallax.Store";

    /// <summary>
    /// The engines, logging what they do (opening, migrating) to <paramref name="logger"/>: PostgreSQL for a
    /// <c>postgresql://</c> URI, SQLite for anything else (a file path, the default).
    /// </summary>
    public static StoreEngines Create(ILogger? logger = null) => new(new PostgresEngine(logger), new SqliteEngine(logger));
}
