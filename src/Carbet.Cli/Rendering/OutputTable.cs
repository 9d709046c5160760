using Spectre.Console;
using Spectre.Console.Rendering;

namespace Carbet.Cli.Rendering;

/// <summary>Tables whose cells are plain text: data never reaches Spectre's markup parser.</summary>
internal static class OutputTable
{
    public static Table Create(string? title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
            table.Title = new TableTitle(Markup.Escape(title));
        foreach (var column in columns)
            table.AddColumn(new TableColumn(new Text(column, new Style(decoration: Decoration.Bold))));
        return table;
    }

    public static Table Row(this Table table, params string?[] cells)
    {
        table.AddRow(cells.Select(c => (IRenderable)new Text(c ?? "")).ToArray());
        return table;
    }
}
