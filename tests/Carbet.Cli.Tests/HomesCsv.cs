using System.Globalization;
using System.Text;

namespace Carbet.Cli.Tests;

/// <summary>A small regression table: a home's price from its size, rooms and district, with a little noise.</summary>
internal static class HomesCsv
{
    public static void Write(string path)
    {
        var rows = new StringBuilder("size,rooms,district,price\n");
        for (var i = 0; i < 240; i++)
        {
            var (size, rooms) = (40 + (i * 37 % 120), 1 + (i % 5));
            rows.Append(CultureInfo.InvariantCulture, $"{size},{rooms},{(i % 3 == 0 ? "north" : "south")},{(size * 3) + (rooms * 10) + (i % 3 == 0 ? 40 : 0) + (i * 7 % 11)}\n");
        }
        File.WriteAllText(path, rows.ToString());
    }
}
