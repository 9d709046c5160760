using System.Text.Json.Serialization;

namespace Carbet.Data.Preparation;

/// <summary>One step of a preparation recipe: a plain settings record, applied by <see cref="RecipeRunner"/>.</summary>
/// <remarks>Steps that learn from the data (fill values, clip bounds, which columns are empty) have a property for the
/// learned values; null means "learn on the data given", set means "reuse these", which is how a fitted recipe
/// replays on new data.</remarks>
/// <param name="Type">The stable type name, stored as the JSON discriminator <c>type</c>.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RenameToSnakeCase), "rename_to_snake_case")]
[JsonDerivedType(typeof(Rename), "rename")]
[JsonDerivedType(typeof(TrimWhitespace), "trim_whitespace")]
[JsonDerivedType(typeof(NormalizeCategories), "normalize_categories")]
[JsonDerivedType(typeof(FixUnits), "fix_units")]
[JsonDerivedType(typeof(CastType), "cast_type")]
[JsonDerivedType(typeof(DropEmptyRows), "drop_empty_rows")]
[JsonDerivedType(typeof(DropEmptyColumns), "drop_empty_columns")]
[JsonDerivedType(typeof(DropDuplicates), "drop_duplicates")]
[JsonDerivedType(typeof(HandleMissing), "handle_missing")]
[JsonDerivedType(typeof(Outliers), "outliers")]
[JsonDerivedType(typeof(DropColumns), "drop_columns")]
public abstract record RecipeStep([property: JsonIgnore] string Type);
