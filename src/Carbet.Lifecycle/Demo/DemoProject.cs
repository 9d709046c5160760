namespace Carbet.Lifecycle.Demo;

/// <summary>The carbet.yaml of the demo world: the credit use case, its data problems and how preparation fixes them.</summary>
internal static class DemoProject
{
    public const string FileName = "carbet.yaml";

    public static async Task<string> WriteAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        await File.WriteAllTextAsync(path, Text, ct);
        return path;
    }

    private const string Text = """
        # The demo world's project file, written by 'carbet demo'. See docs/demo-world.md.
        name: credit-risk
        usecase:
          need: Which loan applications are likely to default within 12 months?
          users: credit analysts of the lender
          decision: an analyst reviews risky applications before approval (no automatic refusal)
          result: probability
          constraints: { max_latency_ms: "50", data_access: nightly export of the loan system, cost: one small server }
        data:
          source: applications.csv
          target: default_12m
          positive: "1"
          id: application_id
          time: application_date
          sensitive: [sex, age]
          exclude: [collection_status]      # known after the outcome: leakage
          alternatives: [applications.parquet]
        task: binary
        costs: { false_negative: 5000, false_positive: 300 }
        validation:
          expectations:
            - {type: not_null, column: application_id}
            - {type: unique, column: application_id}
            - {type: range, column: age, min: 18, max: 80}
            - {type: allowed_set, column: territory, values: [Guadeloupe, Martinique, Guyane]}
            - {type: range, column: monthly_income, min: 100, max: 15000}
            - {type: not_null, column: default_12m}
            - {type: row_count, min: 100}
        preparation:
          category_mappings:
            territory: { gpe: guadeloupe, "971": guadeloupe, mq: martinique, "972": martinique, french guiana: guyane, guyane francaise: guyane, gf: guyane, "973": guyane }
          unit_fixes:
            - {column: monthly_income, above: 15000, divide_by: 12}     # typed as annual income
            - {column: monthly_income, below: 100, multiply_by: 1000}   # typed in thousands
          split: { validation: 0.15, test: 0.15 }
        datasheet:
          owner: Risk modelling team of the lender
          motivation: Score consumer-credit applications so that analysts review the riskiest first.
          collection: Synthetic applications generated month by month by Carbet's demo world (seeded), with the problems of real exports.
          intended_uses: [default-risk scoring to prioritise analyst review, teaching and testing Carbet]
          uses_to_avoid: [automatic refusal without human review, any decision about real people]
          retention: regenerated on demand; nothing personal is stored
          refresh: monthly batches
          approvers: [sponsor, legal, dpo]
        """;
}
