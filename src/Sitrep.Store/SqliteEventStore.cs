using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Model;

namespace Sitrep.Store;

/// <summary>The default store: one SQLite file in WAL mode, nothing to install.</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    SqliteEventStore(SqliteConnection connection) : base(connection, typeof(SqliteEventStore).Assembly, "migrations/sqlite/") { }

    /// <summary>Opens (creating when missing) the database file at <paramref name="path"/>; throws <see cref="SitrepException"/> when it cannot.</summary>
    public static SqliteEventStore Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                // WAL: readers never block the writer, and a killed writer leaves the last committed article intact.
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
                pragma.ExecuteNonQuery();
            }
            connection.CreateFunction("distance_km", (double lat1, double lon1, double lat2, double lon2) => Geo.DistanceKm(lat1, lon1, lat2, lon2));
            return new SqliteEventStore(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new SitrepException($"Cannot open the SQLite database '{path}': {e.Message.TrimEnd('.')}. Give --db a writable path to a sitrep database (it is created when missing).", e);
        }
    }

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE, so one writer at a time already holds the file: no IngestLock needed.

    /// <inheritdoc/>
    protected override string Like => "LIKE";

    /// <inheritdoc/>
    protected override string NearCondition(DbCommand command, Near near, bool dated)
    {
        // A latitude and longitude box narrows the search before the exact great-circle test. Without dates the latitude
        // index finds the box; with dates the date index is the narrower (the unary + keeps the planner off the latitude index).
        double latBand = near.Km / 111.0;
        double lonBand = near.Km / (111.0 * Math.Max(0.01, Math.Cos(near.Lat * Math.PI / 180)));
        if (near.Lon - lonBand < -180 || near.Lon + lonBand > 180) lonBand = 360; // the box crosses the antimeridian: no longitude bound
        Add(command, "@near_lat", near.Lat);
        Add(command, "@near_lon", near.Lon);
        Add(command, "@near_km", near.Km);
        Add(command, "@near_lat_min", near.Lat - latBand);
        Add(command, "@near_lat_max", near.Lat + latBand);
        Add(command, "@near_lon_min", near.Lon - lonBand);
        Add(command, "@near_lon_max", near.Lon + lonBand);
        string lat = dated ? "+e.lat" : "e.lat";
        return $"({lat} BETWEEN @near_lat_min AND @near_lat_max AND e.lon BETWEEN @near_lon_min AND @near_lon_max " +
            "AND distance_km(e.lat, e.lon, @near_lat, @near_lon) <= @near_km)";
    }
}
