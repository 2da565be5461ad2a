using Microsoft.Extensions.Logging;

namespace Parallax.Storage.Sqlite;

/// <summary>What the store logs: event ids 1000-1099 (opening, schema).</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Store {Path} opened ({Mode}, schema {Schema})")]
    public static partial void Opened(ILogger logger, string path, string mode, int schema);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Store {Path} migrated from schema {From} to {To}")]
    public static partial void Migrated(ILogger logger, string path, int from, int to);
}
