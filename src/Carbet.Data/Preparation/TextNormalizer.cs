using System.Globalization;
using System.Text;

namespace Carbet.Data.Preparation;

/// <summary>Folds spelling variants of a label: case, accents and spacing.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string value, NormalizeCategories step)
    {
        if (step.CollapseSpaces)
            value = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (step.StripAccents)
            value = RemoveAccents(value);
        if (step.LowerCase)
            value = value.ToLowerInvariant();
        return value;
    }

    public static string RemoveAccents(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                result.Append(c);
        }
        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
