namespace Carbet.Server.Web;

internal static partial class UiText
{
    public static string Run => Pick("Run", "Exécution");
    public static string Experiment => Pick("Experiment", "Expérience");
    public static string Name => Pick("Name", "Nom");
    public static string Started => Pick("Started", "Début");
    public static string Ended => Pick("Ended", "Fin");
    public static string Parent => Pick("Parent run", "Exécution parente");
    public static string GitCommit => Pick("Git commit", "Commit Git");
    public static string Leaderboard => Pick("Leaderboard", "Classement");
    public static string Rank => Pick("Rank", "Rang");
    public static string Family => Pick("Family", "Famille");
    public static string CvAuc => Pick("CV AUC mean", "AUC moyenne en validation croisée");
    public static string FitSeconds => Pick("Fit s", "Ajustement (s)");
    public static string RocCurves => Pick("ROC curves on the test rows", "Courbes ROC sur les lignes de test");
    public static string FalsePositiveRate => Pick("False positive rate", "Taux de faux positifs");
    public static string Chance => Pick("chance", "hasard");
    public static string TruePositiveRate => Pick("True positive rate", "Taux de vrais positifs");
    public static string NoLeaderboard => Pick("This run has no leaderboard: it wrote no reports/train.json, or one without ROC points.",
        "Cette exécution n’a pas de classement : elle n’a pas écrit reports/train.json, ou un fichier sans points ROC.");
    public static string Metrics => Pick("Metrics", "Métriques");
    public static string Params => Pick("Params", "Paramètres");
    public static string Artifacts => Pick("Artifacts", "Artefacts");
    public static string Key => Pick("Key", "Clé");
    public static string Path => Pick("Path", "Chemin");
    public static string Size => Pick("Bytes", "Octets");
    public static string NoRuns => Pick("No run is recorded yet.", "Aucune exécution n’est encore enregistrée.");

    public static string ModelCard => Pick("Model card", "Fiche du modèle");
    public static string Dataset => Pick("Dataset version", "Version du jeu de données");
    public static string ArtifactHash => Pick("Model file sha256", "sha256 du fichier du modèle");
    public static string InputSchema => Pick("Input schema", "Schéma d’entrée");
    public static string Column => Pick("Column", "Colonne");
    public static string Kind => Pick("Kind", "Type");
    public static string Nullable => Pick("May be empty", "Peut être vide");
    public static string Yes => Pick("yes", "oui");
    public static string No => Pick("no", "non");
    public static string Fairness => Pick("Fairness", "Équité");
    public static string Robustness => Pick("Robustness", "Robustesse");
    public static string NoFairness => Pick("No fairness audit is recorded for this version (carbet audit records one).", "Aucun audit d’équité n’est enregistré pour cette version (carbet audit en enregistre un).");
    public static string NoRobustness => Pick("No robustness test is recorded for this version (carbet audit records one).", "Aucun test de robustesse n’est enregistré pour cette version (carbet audit en enregistre un).");
    public static string MoveAlias => Pick("Move an alias", "Déplacer un alias");
    public static string AdminOnly => Pick("Admin keys only; the move is written to the audit log.", "Réservé aux clés admin ; le déplacement est écrit dans le journal d’audit.");
    public static string Alias => Pick("Alias", "Alias");
    public static string PointHere => Pick("Point at this version", "Pointer sur cette version");

    public static string AliasMoved(string alias, int version) => Pick($"Alias {alias} now points at version {version}.", $"L’alias {alias} pointe maintenant sur la version {version}.");

    public static string Prediction => Pick("Prediction", "Prédiction");
    public static string Score => Pick("Score", "Score");
    public static string Label => Pick("Label", "Étiquette");
    public static string Band => Pick("Band", "Bande");
    public static string Reasons => Pick("Reasons", "Raisons");
    public static string Inputs => Pick("Inputs", "Entrées");
    public static string Threshold => Pick("Threshold", "Seuil");
    public static string Decision => Pick("Decision", "Décision");
    public static string Accept => Pick("Accept", "Accepter");
    public static string Override => Pick("Override", "Corriger");
    public static string Comment => Pick("Comment", "Commentaire");
    public static string Positive => Pick("positive (true)", "positif (true)");
    public static string Negative => Pick("negative (false)", "négatif (false)");
    public static string NoReviews => Pick("No prediction is waiting for a person.", "Aucune prédiction n’attend de revue.");
    public static string OverrideNeeds => Pick("An override needs a label and a comment saying why the model is wrong.", "Une correction demande une étiquette et un commentaire qui dit pourquoi le modèle se trompe.");

    public static string Decided(string id, string status) => Pick($"Prediction {id}: {status}.", $"Prédiction {id} : {status}.");

    public static string AlreadyDecided(string id) => Pick($"Prediction {id} was already decided; the first decision stands.", $"La prédiction {id} était déjà décidée ; la première décision reste.");
    public static string Accepted => Pick("accepted", "acceptée");
    public static string Overridden => Pick("overridden", "corrigée");

    public static string PredictionForm(string model, string alias) => Pick($"Score one row with {model} ({alias}).", $"Évaluer une ligne avec {model} ({alias}).");

    public static string EmptyIsMissing => Pick("Fields of columns the model was trained without missing values are required; leave another field empty for a missing value.",
        "Les champs des colonnes apprises sans valeur manquante sont obligatoires ; laissez un autre champ vide pour une valeur manquante.");
    public static string InvalidFields => Pick("Some input fields are invalid.", "Certains champs sont invalides.");
    public static string NoModelLoaded => Pick("The server has no version loaded for this alias yet.", "Le serveur n’a pas encore de version chargée pour cet alias.");
    public static string Result => Pick("Result", "Résultat");
    public static string When => Pick("When", "Quand");
    public static string Actor => Pick("Actor", "Acteur");
    public static string Action => Pick("Action", "Action");
    public static string Subject => Pick("Subject", "Sujet");
    public static string Before => Pick("Before", "Avant");
    public static string After => Pick("After", "Après");
    public static string NoAudit => Pick("No change is recorded yet.", "Aucun changement n’est encore enregistré.");
}
