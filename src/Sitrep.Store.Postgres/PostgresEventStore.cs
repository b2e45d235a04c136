using System.Data.Common;
using Npgsql;

namespace Sitrep.Store.Postgres;

/// <summary>The team store: PostgreSQL with PostGIS, the same schema and behaviour as the SQLite store.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    PostgresEventStore(NpgsqlConnection connection) : base(connection, typeof(PostgresEventStore).Assembly, "migrations/postgres/") { }

    /// <summary>Connects to the database named by a <c>postgres://user:pass@host:port/db</c> URL; throws <see cref="SitrepException"/> when it cannot.</summary>
    public static PostgresEventStore Open(string url)
    {
        var connection = new NpgsqlConnection(ConnectionString(url));
        try
        {
            connection.Open();
            return new PostgresEventStore(connection);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            connection.Dispose();
            throw new SitrepException($"Cannot use the PostgreSQL database at {Redacted(url)}: {e.Message.TrimEnd('.')}. Check that the server runs, the URL is right and PostGIS is installed.", e);
        }
    }

    /// <summary>Converts <c>postgres://user:pass@host:port/db</c> (or postgresql://) to an Npgsql connection string.</summary>
    /// <exception cref="SitrepException">The URL is not of that form.</exception>
    public static string ConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql")
            || string.IsNullOrEmpty(uri.Host) || uri.AbsolutePath.Trim('/').Length == 0)
            throw new SitrepException($"'{Redacted(url)}' is not a PostgreSQL URL; expected postgres://user:pass@host:port/db.");
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')),
            Timeout = 10,
        };
        if (userInfo[0].Length > 0) builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length > 1) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        return builder.ConnectionString;
    }

    // Messages never echo a password.
    static string Redacted(string url) => System.Text.RegularExpressions.Regex.Replace(url, @"(?<=://[^:/@]*:)[^@]*(?=@)", "***");

    /// <inheritdoc/>
    protected override string Like => "ILIKE";

    /// <inheritdoc/>
    protected override string IngestLock => "SELECT pg_advisory_xact_lock(7310481)";

    /// <inheritdoc/>
    protected override string NearCondition(DbCommand command, Near near, bool dated)
    {
        Add(command, "@near_lat", near.Lat);
        Add(command, "@near_lon", near.Lon);
        Add(command, "@near_m", near.Km * 1000);
        return "ST_DWithin(e.geog, ST_SetSRID(ST_MakePoint(@near_lon, @near_lat), 4326)::geography, @near_m)";
    }
}
