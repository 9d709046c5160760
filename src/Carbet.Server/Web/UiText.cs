namespace Carbet.Server.Web;

/// <summary>The words of the web UI in English and French, picked by the request's UI culture (see <see cref="UiCulture"/>).</summary>
/// <remarks>One property per text, so a missing translation is a compile error rather than a key shown to the user.</remarks>
internal static partial class UiText
{
    public static string Product => "Carbet";
    public static string Overview => Pick("Overview", "Vue d’ensemble");
    public static string Runs => Pick("Runs", "Exécutions");
    public static string Reviews => Pick("Review queue", "File de revue");
    public static string Predict => Pick("Predict", "Prédire");
    public static string AuditLog => Pick("Audit log", "Journal d’audit");
    public static string SignIn => Pick("Sign in", "Se connecter");
    public static string SignOut => Pick("Sign out", "Se déconnecter");
    public static string Language => Pick("Language", "Langue");
    public static string NoKeysNeeded => Pick("This server needs no API key: everyone may do everything.", "Ce serveur ne demande pas de clé d’API : chacun peut tout faire.");

    public static string SignedInAs(string name, string role) => Pick($"Signed in as {name} ({role})", $"Connecté en tant que {name} ({role})");

    public static string PasteKey => Pick("Paste an API key. Its role decides what you may do: predict uses the prediction form, review also decides the review queue, admin also moves aliases.",
        "Collez une clé d’API. Son rôle décide de ce que vous pouvez faire : predict utilise le formulaire de prédiction, review décide aussi la file de revue, admin déplace aussi les alias.");
    public static string ApiKey => Pick("API key", "Clé d’API");
    public static string UnknownKey => Pick("This key is unknown, wrong or revoked. Ask an admin for one (carbet keys create).", "Cette clé est inconnue, erronée ou révoquée. Demandez-en une à un admin (carbet keys create).");

    public static string NotAllowed => Pick("Not allowed", "Non autorisé");

    public static string RoleRefused(string role, string needed) =>
        Pick($"Your key’s role, {role}, may not do this; it needs {needed}. Sign in with a key of that role.",
            $"Le rôle de votre clé, {role}, ne permet pas cette action ; il faut {needed}. Connectez-vous avec une clé de ce rôle.");

    public static string FormExpired => Pick("Form expired", "Formulaire expiré");
    public static string FormExpiredText => Pick("The form expired or did not come from this site. Reload the page and send it again.",
        "Le formulaire a expiré ou ne vient pas de ce site. Rechargez la page et renvoyez-le.");
    public static string NotFound => Pick("Not found", "Introuvable");

    public static string NotFoundText(string what) => Pick($"{what} does not exist.", $"{what} n’existe pas.");

    public static string Model => Pick("Model", "Modèle");
    public static string Models => Pick("Models", "Modèles");
    public static string Version => Pick("Version", "Version");
    public static string Versions => Pick("Versions", "Versions");
    public static string LatestVersion => Pick("Latest version", "Dernière version");
    public static string Aliases => Pick("Aliases", "Alias");
    public static string Created => Pick("Created", "Créé");
    public static string Description => Pick("Description", "Description");
    public static string TestAuc => Pick("Test AUC", "AUC de test");
    public static string NoModels => Pick("No model is registered yet: run carbet train.", "Aucun modèle n’est encore enregistré : lancez carbet train.");
    public static string KpiStatus => Pick("KPI status of the model served", "État des indicateurs du modèle servi");
    public static string Indicator => Pick("Indicator", "Indicateur");
    public static string Value => Pick("Value", "Valeur");
    public static string Status => Pick("Status", "État");
    public static string StopSwitch => Pick("Stop switch", "Arrêt d’urgence");
    public static string ReviewBacklog => Pick("Review backlog", "Revues en attente");
    public static string OverrideRate => Pick("Override rate", "Taux de correction");
    public static string ChampionAuc => Pick("Test AUC of the version served", "AUC de test de la version servie");
    public static string On => Pick("on", "activé");
    public static string Off => Pick("off", "désactivé");
    public static string Ok => Pick("ok", "ok");
    public static string Alert => Pick("alert", "alerte");
    public static string Waiting => Pick("waiting for a person", "attend une personne");
    public static string NoValue => Pick("not measured yet", "pas encore mesuré");
    public static string KpiNote => Pick("KPI thresholds of carbet.yaml are checked by carbet monitor and carbet gate; this page shows what the server itself measures.",
        "Les seuils d’indicateurs de carbet.yaml sont vérifiés par carbet monitor et carbet gate ; cette page montre ce que le serveur mesure lui-même.");

    private static string Pick(string en, string fr) => UiCulture.Current == "fr" ? fr : en;
}
