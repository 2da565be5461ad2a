using Microsoft.Extensions.Logging;

namespace Parallax.Storage.Postgres;

/// <summary>What the PostgreSQL store logs: the same events, ids and messages as the SQLite store's (1000-1099), so a log reads alike whichever engine serves.</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Store {Path} opened ({Mode}, schema {Schema})")]
    public static partial void Opened(ILogger logger, string path, string mode, int schema);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Store {Path} migrated from schema {From} to {To}")]
    public static partial void Migrated(ILogger logger, string path, int from, int to);
}
