using System.Data.Common;
using System.Globalization;

namespace MynaGate.Storage.Sql;

/// <summary>Binds named values to a command the same way on SQLite and PostgreSQL.</summary>
public static class SqlParameters
{
    /// <summary>Adds each named value to <paramref name="command"/>; null becomes SQL NULL.</summary>
    public static void Bind(DbCommand command, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>
    /// A time as the stores keep it: one fixed-width UTC text form, so the columns sort and compare as times on both
    /// SQLite and PostgreSQL.
    /// </summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
