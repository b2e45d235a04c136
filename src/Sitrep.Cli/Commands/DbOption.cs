using System.Data.Common;
using Sitrep.Store;
using Sitrep.Store.Postgres;

namespace Sitrep.Cli.Commands;

/// <summary>The <c>--db</c> option every store command shares: a SQLite file (default sitrep.db) or a postgres:// URL.</summary>
internal static class DbOption
{
    /// <summary>The option as usage lines show it.</summary>
    public const string Usage = "[--db sitrep.db|postgres://user:pass@host:port/db]";

    /// <summary>Opens the store the option names and runs <paramref name="work"/> on it; database failures become one-line errors.</summary>
    /// <param name="create">Whether a missing SQLite file is created (ingest) or is an error (queries).</param>
    public static int Run(CommandLine args, Func<IEventStore, int> work, bool create = false)
    {
        var db = args.Option("db") ?? "sitrep.db";
        if (db.Trim().Length == 0) throw new UsageException("--db needs a file path or a postgres:// URL.");
        bool postgres = db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
        if (!postgres && !create && !File.Exists(db))
            throw new SitrepException($"no database at '{db}'; run `sitrep ingest ARTICLES --db {db}` first, or give --db.");
        try
        {
            using var store = postgres ? PostgresEventStore.Open(db) : (IEventStore)SqliteEventStore.Open(db);
            return work(store);
        }
        catch (DbException e)
        {
            throw new SitrepException($"the database failed: {e.Message.TrimEnd('.')}.", e);
        }
    }
}
