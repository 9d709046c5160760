using System.Collections.Immutable;
using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Data.Validation;
using Carbet.Lifecycle.Project;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>Expectations as carbet.yaml writes them: one flow mapping per line, <c>- {type: range, column: age, min: 18}</c>.</summary>
public static class ExpectationYaml
{
    // the keys each type reads besides 'type': any other is a typo that would silently change nothing
    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        ["not_null"] = ["column", "mostly"],
        ["range"] = ["column", "min", "max", "mostly"],
        ["allowed_set"] = ["column", "values"],
        ["regex"] = ["column", "pattern"],
        ["unique"] = ["column"],
        ["row_count"] = ["min", "max"],
        ["schema_equals"] = ["columns"],
        ["distribution_close"] = ["column", "edges", "categories", "shares", "max_psi"],
    };

    /// <summary>The expectation a YAML entry declares; a missing or malformed key is an error naming the line.</summary>
    public static Expectation FromSpec(ExpectationSpec spec, string file)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var a = new Arguments(spec, file);
        if (Keys.TryGetValue(spec.Type, out var known) && spec.Arguments.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new UserErrorException($"{file} line {spec.Line}: '{unknown}' is not a key of a '{spec.Type}' expectation.",
                $"Use {string.Join(", ", known.Prepend("type"))}.");
        }
        return spec.Type switch
        {
            "not_null" => new NotNullExpectation(a.Text("column"), a.Number("mostly") ?? 1.0),
            "range" => new RangeExpectation(a.Text("column"), a.Number("min"), a.Number("max"), a.Number("mostly") ?? 1.0),
            "allowed_set" => new AllowedSetExpectation(a.Text("column"), a.List("values")),
            "regex" => new RegexExpectation(a.Text("column"), a.Text("pattern")),
            "unique" => new UniqueExpectation(a.Text("column")),
            "row_count" => new RowCountExpectation((long?)a.Number("min"), (long?)a.Number("max")),
            "schema_equals" => new SchemaEqualsExpectation(new TableSchema(a.List("columns").Select(a.Column))),
            "distribution_close" => new DistributionCloseExpectation(a.Text("column"), [.. a.List("edges", optional: true).Select(a.Parse)],
                a.List("categories", optional: true), [.. a.List("shares").Select(a.Parse)], a.Number("max_psi") ?? 0.2),
            _ => throw new UserErrorException($"{file} line {spec.Line}: '{spec.Type}' is not an expectation type.",
                "Use not_null, range, allowed_set, regex, unique, row_count, schema_equals or distribution_close."),
        };
    }

    /// <summary>The YAML line of an expectation, as <c>carbet data validate --suggest</c> writes it.</summary>
    public static string ToLine(Expectation expectation) => "    - {" + expectation switch
    {
        NotNullExpectation e => $"type: not_null, column: {Q(e.Column)}{Mostly(e.Mostly)}",
        RangeExpectation e => $"type: range, column: {Q(e.Column)}{Opt("min", e.Min)}{Opt("max", e.Max)}{Mostly(e.Mostly)}",
        AllowedSetExpectation e => $"type: allowed_set, column: {Q(e.Column)}, values: [{string.Join(", ", e.Values.Select(Q))}]",
        RegexExpectation e => $"type: regex, column: {Q(e.Column)}, pattern: {Q(e.Pattern)}",
        UniqueExpectation e => $"type: unique, column: {Q(e.Column)}",
        RowCountExpectation e => $"type: row_count{Opt("min", e.Min)}{Opt("max", e.Max)}",
        SchemaEqualsExpectation e => $"type: schema_equals, columns: [{string.Join(", ", e.Reference.Columns.Select(c => Q($"{c.Name}:{c.Kind.ToString().ToLowerInvariant()}")))}]",
        DistributionCloseExpectation e => $"type: distribution_close, column: {Q(e.Column)}"
            + (e.Edges.Count > 0 ? $", edges: [{string.Join(", ", e.Edges.Select(N))}]" : "")
            + (e.Categories.Count > 0 ? $", categories: [{string.Join(", ", e.Categories.Select(Q))}]" : "")
            + $", shares: [{string.Join(", ", e.Shares.Select(N))}], max_psi: {N(e.MaxPsi)}",
        _ => throw new ArgumentException($"No YAML form for {expectation.GetType().Name}.", nameof(expectation)),
    } + "}";

    /// <summary>A whole validation section.</summary>
    public static string ToSection(IEnumerable<Expectation> expectations)
    {
        var text = new StringBuilder("\nvalidation:   # suggested by 'carbet data validate --suggest'; edit, then commit\n  expectations:\n");
        foreach (var e in expectations)
            text.AppendLine(ToLine(e));
        return text.ToString();
    }

    private static string Mostly(double mostly) => mostly < 1.0 ? $", mostly: {N(mostly)}" : "";

    private static string Opt(string key, double? value) => value is { } v ? $", {key}: {N(v)}" : "";

    private static string Opt(string key, long? value) => value is { } v ? $", {key}: {v.ToString(CultureInfo.InvariantCulture)}" : "";

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Q(string text) => YamlText.Quote(text);

    private sealed class Arguments(ExpectationSpec spec, string file)
    {
        public string Text(string key) => spec.Arguments.TryGetValue(key, out var v) && v is string { Length: > 0 } s ? s
            : throw Error($"'{spec.Type}' needs '{key}'.", $"Add {key}: ... to the expectation.");

        public double? Number(string key) => spec.Arguments.TryGetValue(key, out var v) && v is string { Length: > 0 } s ? Parse(s) : null;

        public ImmutableArray<string> List(string key) => List(key, optional: false);

        public ImmutableArray<string> List(string key, bool optional) => spec.Arguments.TryGetValue(key, out var v) && v is ImmutableArray<string> list ? list
            : optional ? [] : throw Error($"'{spec.Type}' needs a list '{key}'.", $"Add {key}: [...] to the expectation.");

        public double Parse(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
            : throw Error($"'{text}' is not a number.", "Write numbers with a decimal point, such as 0.25.");

        public ColumnSchema Column(string text)
        {
            // the kind follows the last colon: column names may hold colons, kinds never do
            var colon = text.LastIndexOf(':');
            return colon > 0 && YamlMap.ParseName<ColumnKind>(text[(colon + 1)..]) is { } kind ? new ColumnSchema(text[..colon], kind)
                : throw Error($"'{text}' is not 'name:kind'.", "Write columns as \"age:integer\".");
        }

        private UserErrorException Error(string problem, string fix) => new($"{file} line {spec.Line}: {problem}", fix);
    }
}
