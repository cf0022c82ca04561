<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Conductor::Access</name>
    <message>
        <source>%1 is not a user of %2; an admin can add them: conductor users add %1 --role %3</source>
        <translation>%1 n&apos;est pas un utilisateur de %2 ; un administrateur peut l&apos;ajouter : conductor users add %1 --role %3</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3, and %1 is %4</source>
        <translation>%1 ne peut pas %2 : il faut le rôle %3, et %1 a le rôle %4</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertCondition</name>
    <message>
        <source>expected a metric name such as error_rate</source>
        <translation>nom de métrique attendu, par exemple error_rate</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; known metrics: %2</source>
        <translation>métrique inconnue « %1 » ; métriques connues : %2</translation>
    </message>
    <message>
        <source>expected a comparison (&gt;, &gt;=, &lt;, &lt;=, == or !=) after &apos;%1&apos;</source>
        <translation>comparaison attendue (&gt;, &gt;=, &lt;, &lt;=, == ou !=) après « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is a rate: write a percentage such as 5% or a fraction such as 0.05</source>
        <translation>%1 est un taux : écrivez un pourcentage comme 5% ou une fraction comme 0.05</translation>
    </message>
    <message>
        <source>%1 is a rate between 0 and 1; did you mean %2%?</source>
        <translation>%1 est un taux entre 0 et 1 ; vouliez-vous dire %2% ?</translation>
    </message>
    <message>
        <source>%1 is a time: %2</source>
        <translation>%1 est une durée : %2</translation>
    </message>
    <message>
        <source>%1 takes a plain number, not &apos;%2&apos;</source>
        <translation>%1 attend un nombre simple, pas « %2 »</translation>
    </message>
    <message>
        <source>expected a number after the comparison</source>
        <translation>nombre attendu après la comparaison</translation>
    </message>
    <message>
        <source>expected a number or one of %1 after the comparison</source>
        <translation>nombre ou l&apos;un de %1 attendu après la comparaison</translation>
    </message>
    <message>
        <source>expected a factor such as 0.8 after &apos;*&apos;</source>
        <translation>facteur attendu après « * », par exemple 0.8</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at the end of the condition</source>
        <translation>« %1 » inattendu à la fin de la condition</translation>
    </message>
    <message>
        <source>%1 is in milliseconds: write a number such as 500 or 500ms</source>
        <translation>%1 est en millisecondes : écrivez un nombre comme 500 ou 500ms</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertRows</name>
    <message>
        <source>Cannot record the alert %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;alerte %1 : %2</translation>
    </message>
    <message>
        <source>Cannot change the alert %1: %2</source>
        <translation>Impossible de modifier l&apos;alerte %1 : %2</translation>
    </message>
    <message>
        <source>no alert %1</source>
        <translation>aucune alerte %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>Impossible de lire les alertes : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertsCommand</name>
    <message>
        <source>firing</source>
        <translation>active</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittée</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <source>Every alert recorded, the resolved ones too.</source>
        <translation>Toutes les alertes enregistrées, y compris les résolues.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>read the alerts</source>
        <translation>lire les alertes</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Aucune alerte.</translation>
    </message>
    <message>
        <source>No alert is firing or acknowledged (--all lists the resolved ones too).</source>
        <translation>Aucune alerte active ou acquittée (--all liste aussi les résolues).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>RAISED</source>
        <translation>DÉCLENCHÉE</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MODIFIÉE</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>acknowledge alerts</source>
        <translation>acquitter des alertes</translation>
    </message>
    <message>
        <source>no alert %1</source>
        <translation>aucune alerte %1</translation>
    </message>
    <message>
        <source>alert %1 is %2, not firing</source>
        <translation>l&apos;alerte %1 est %2, pas active</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 acquittée</translation>
    </message>
    <message>
        <source>Lists the alerts that are firing or acknowledged, the most recently raised first; with --acknowledge ID, says that a person saw a firing alert.</source>
        <translation>Liste les alertes actives ou acquittées, les plus récentes d&apos;abord ; avec --acknowledge ID, indique qu&apos;une personne a vu une alerte active.</translation>
    </message>
    <message>
        <source>Acknowledge the firing alert with this id (operators and above); it stays open until its condition no longer holds.</source>
        <translation>Acquitter l&apos;alerte active portant cet id (opérateurs et au-dessus) ; elle reste ouverte tant que sa condition est remplie.</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertsModel</name>
    <message>
        <source>Firing</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifiée</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertsPage</name>
    <message>
        <source>Show &amp;resolved alerts</source>
        <translation>Afficher les alertes &amp;résolues</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Alerts raised by the alert rules</source>
        <translation>Alertes déclenchées par les règles d&apos;alerte</translation>
    </message>
    <message>
        <source>Mark the selected firing alert as seen; it stays until its rule no longer holds</source>
        <translation>Marquer l&apos;alerte active sélectionnée comme vue ; elle reste tant que sa règle est remplie</translation>
    </message>
    <message>
        <source>The alerts cannot be read: %1</source>
        <translation>Impossible de lire les alertes : %1</translation>
    </message>
    <message>
        <source>No alert has been raised.</source>
        <translation>Aucune alerte n&apos;a été déclenchée.</translation>
    </message>
    <message>
        <source>No alert is firing.</source>
        <translation>Aucune alerte active.</translation>
    </message>
    <message>
        <source>No alert fires unacknowledged.</source>
        <translation>Aucune alerte active non acquittée.</translation>
    </message>
    <message>
        <source>One alert fires unacknowledged.</source>
        <translation>Une alerte active non acquittée.</translation>
    </message>
    <message>
        <source>%1 alerts fire unacknowledged.</source>
        <translation>%1 alertes actives non acquittées.</translation>
    </message>
    <message>
        <source>Alert rules are not checked by this window; acknowledge with: conductor alerts --acknowledge ID</source>
        <translation>Cette fenêtre ne vérifie pas les règles d&apos;alerte ; acquittez avec : conductor alerts --acknowledge ID</translation>
    </message>
</context>
<context>
    <name>Conductor::ApiServer</name>
    <message>
        <source>Refusing to serve the API on %1 without TLS: give a certificate and its key, or listen on 127.0.0.1</source>
        <translation>Refus de servir l&apos;API sur %1 sans TLS : fournissez un certificat et sa clé, ou écoutez sur 127.0.0.1</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key</source>
        <translation>TLS nécessite un certificat et sa clé privée</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2 : %3</translation>
    </message>
</context>
<context>
    <name>Conductor::ApiService</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Serving on %1</source>
        <translation>En service sur %1</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Hors service : %1</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on.</source>
        <translation>« %1 » n&apos;est pas une adresse d&apos;écoute.</translation>
    </message>
    <message>
        <source>The desktop app serves loopback addresses only; to serve other machines, run conductor --headless with --tls-cert and --tls-key.</source>
        <translation>L&apos;application de bureau ne sert que les adresses de bouclage ; pour servir d&apos;autres machines, lancez conductor --headless avec --tls-cert et --tls-key.</translation>
    </message>
    <message>
        <source>The API cannot check tokens without its signing key: %1</source>
        <translation>L&apos;API ne peut pas vérifier les jetons d&apos;accès sans sa clé de signature : %1</translation>
    </message>
    <message>
        <source>The engine did not start: %1</source>
        <translation>Le moteur n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>Cannot read the pipeline the API starts, %1: %2</source>
        <translation>Impossible de lire le pipeline que l&apos;API démarre, %1 : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ApiSigningKey</name>
    <message>
        <source>The API signing key %1 in %2 is not 64 or more hexadecimal digits (32 random bytes); make it with: openssl rand -hex 32</source>
        <translation>La clé de signature de l&apos;API %1 dans %2 ne fait pas 64 chiffres hexadécimaux ou plus (32 octets aléatoires) ; créez-la avec : openssl rand -hex 32</translation>
    </message>
    <message>
        <source>There is no API signing key %1 in %2.</source>
        <translation>Il n&apos;y a pas de clé de signature de l&apos;API %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no API signing key in %1, which Conductor cannot write to. Make one there, readable by its owner only: openssl rand -hex 32 &gt; %2</source>
        <translation>Il n&apos;y a pas de clé de signature de l&apos;API dans %1, où Conductor ne peut pas écrire. Créez-en une, lisible par son seul propriétaire : openssl rand -hex 32 &gt; %2</translation>
    </message>
    <message>
        <source>Cannot make an API signing key: libsodium did not start.</source>
        <translation>Impossible de créer une clé de signature de l&apos;API : libsodium n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>Cannot keep the new API signing key in %1: %2</source>
        <translation>Impossible de conserver la nouvelle clé de signature de l&apos;API dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::AuditModel</name>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Relancée</translation>
    </message>
    <message>
        <source>Retry strategy changed</source>
        <translation>Stratégie de relance modifiée</translation>
    </message>
    <message>
        <source>Agent changed</source>
        <translation>Agent modifié</translation>
    </message>
    <message>
        <source>Budget override</source>
        <translation>Dépassement de budget</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Configuration modifiée</translation>
    </message>
    <message>
        <source>Started (pipeline %1)</source>
        <translation>Démarrée (pipeline %1)</translation>
    </message>
    <message>
        <source>Approved gate %1</source>
        <translation>Gate %1 approuvé</translation>
    </message>
    <message>
        <source>Rejected gate %1</source>
        <translation>Gate %1 rejeté</translation>
    </message>
    <message>
        <source>Gate %1 expired</source>
        <translation>Gate %1 expiré</translation>
    </message>
    <message>
        <source>Skipped stage %1</source>
        <translation>Étape %1 ignorée</translation>
    </message>
    <message>
        <source>Retried stage %1</source>
        <translation>Étape %1 relancée</translation>
    </message>
    <message>
        <source>Retry strategy of %1 set to %2</source>
        <translation>Stratégie de relance de %1 réglée sur %2</translation>
    </message>
    <message>
        <source>Agent of %1 set to %2</source>
        <translation>Agent de %1 réglé sur %2</translation>
    </message>
    <message>
        <source>tokens: %1</source>
        <translation>jetons : %1</translation>
    </message>
    <message>
        <source>Budget override: %1</source>
        <translation>Dépassement de budget : %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>(its timeout)</source>
        <translation>(son délai)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>Jeton d&apos;API créé</translation>
    </message>
    <message>
        <source>API token revoked</source>
        <translation>Jeton d&apos;API révoqué</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Alerte acquittée</translation>
    </message>
</context>
<context>
    <name>Conductor::AuditPage</name>
    <message>
        <source>Conditions: none</source>
        <translation>Conditions : aucune</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Conditions : %1</translation>
    </message>
    <message>
        <source>Second factor: none</source>
        <translation>Second facteur : aucun</translation>
    </message>
    <message>
        <source>Second factor: %1</source>
        <translation>Second facteur : %1</translation>
    </message>
    <message>
        <source>Decided by its timeout</source>
        <translation>Décidé par son délai</translation>
    </message>
    <message>
        <source>Reviewer&apos;s role: %1</source>
        <translation>Rôle du réviseur : %1</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Gate : %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Tokens from the emergency reserve: %1</source>
        <translation>Jetons de la réserve d&apos;urgence : %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pipeline : %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>Retry strategy: %1</source>
        <translation>Stratégie de relance : %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Show what was done in this time</source>
        <translation>Afficher ce qui a été fait pendant cette période</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Démarrages</translation>
    </message>
    <message>
        <source>Gate decisions</source>
        <translation>Décisions de gate</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Modifications de configuration</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Show only this kind of action</source>
        <translation>N&apos;afficher que ce type d&apos;action</translation>
    </message>
    <message>
        <source>Who…</source>
        <translation>Qui…</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Show what people whose name contains this did</source>
        <translation>Afficher ce qu&apos;ont fait les personnes dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>Search reasons, subjects, ideas…</source>
        <translation>Rechercher raisons, sujets, idées…</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Rechercher dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Save every entry the filters select as a CSV file</source>
        <translation>Enregistrer dans un fichier CSV toutes les entrées retenues par les filtres</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entrées affichées</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>Execution:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>More:</source>
        <translation>Plus :</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Détails de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Entries: the newest %1 (narrow the filters for older ones)</source>
        <translation>Entrées : les %1 plus récentes (affinez les filtres pour les plus anciennes)</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entrées : %1</translation>
    </message>
    <message>
        <source>Select an entry to see all that was recorded.</source>
        <translation>Sélectionnez une entrée pour voir tout ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>rien de plus</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Export du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting the audit trail: %1 of %2 entries</source>
        <translation>Export du journal d&apos;audit : %1 entrées sur %2</translation>
    </message>
</context>
<context>
    <name>Conductor::BreakdownChart</name>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Tokens per stage or agent</source>
        <translation>Jetons par étape ou par agent</translation>
    </message>
    <message>
        <source>Dollars per stage or agent</source>
        <translation>Dollars par étape ou par agent</translation>
    </message>
    <message>
        <source>%1
Tokens: %2
Dollars: %3
Attempts: %4</source>
        <translation>%1
Jetons : %2
Dollars : %3
Tentatives : %4</translation>
    </message>
</context>
<context>
    <name>Conductor::BudgetCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>UTILISÉ</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>RÉSERVÉ</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>RESTANT</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollars</translation>
    </message>
    <message>
        <source>Nothing used yet.</source>
        <translation>Rien d&apos;utilisé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>JETONS</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COÛT</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Daily budget for %1 (%2); executions that day: %3</source>
        <translation>Budget journalier du %1 (%2) ; exécutions ce jour-là : %3</translation>
    </message>
    <message>
        <source>Emergency tokens: %1 of %2 used or held</source>
        <translation>Jetons d&apos;urgence : %1 sur %2 utilisés ou réservés</translation>
    </message>
    <message>
        <source>Used beyond what was held: %1 tokens, %2</source>
        <translation>Utilisé au-delà de la réservation : %1 jetons, %2</translation>
    </message>
    <message>
        <source>Alert threshold: %1, crossed at %2</source>
        <translation>Seuil d&apos;alerte : %1, franchi à %2</translation>
    </message>
    <message>
        <source>Alert threshold: %1, not reached</source>
        <translation>Seuil d&apos;alerte : %1, non atteint</translation>
    </message>
    <message>
        <source>Time: %1 of the day gone, %2 left (it ends at %3)</source>
        <translation>Temps : %1 de la journée écoulé, %2 restant (elle se termine à %3)</translation>
    </message>
    <message>
        <source>Execution %1 (%2), started %3</source>
        <translation>Exécution %1 (%2), démarrée %3</translation>
    </message>
    <message>
        <source>The dollar budget is its --max-cost of %1, and %2 approvers granted</source>
        <translation>Le budget en dollars est son --max-cost de %1, plus %2 accordés par les approbateurs</translation>
    </message>
    <message>
        <source>The dollar budget is its --max-cost of %1</source>
        <translation>Le budget en dollars est son --max-cost de %1</translation>
    </message>
    <message>
        <source>Granted beyond the budgets: %1 emergency tokens (%2 used or held), %3 (%4 used or held)</source>
        <translation>Accordé au-delà des budgets : %1 jetons d&apos;urgence (%2 utilisés ou réservés), %3 (%4 utilisés ou réservés)</translation>
    </message>
    <message>
        <source>Expected in all: %1 tokens, %2</source>
        <translation>Prévu au total : %1 jetons, %2</translation>
    </message>
    <message>
        <source>Shows the budgets and what was used of them: today&apos;s, another day&apos;s, or one execution&apos;s.</source>
        <translation>Affiche les budgets et leur utilisation : ceux d&apos;aujourd&apos;hui, d&apos;un autre jour ou d&apos;une exécution.</translation>
    </message>
    <message>
        <source>One execution, with the configuration it started with.</source>
        <translation>Une exécution, avec la configuration avec laquelle elle a démarré.</translation>
    </message>
    <message>
        <source>Another day than today, in the budgets&apos; time zone.</source>
        <translation>Un autre jour qu&apos;aujourd&apos;hui, dans le fuseau horaire des budgets.</translation>
    </message>
    <message>
        <source>A conductor-agent.yml whose daily budgets and time zone apply (default: the built-in one).</source>
        <translation>Un conductor-agent.yml dont les budgets journaliers et le fuseau horaire s&apos;appliquent (par défaut : celui intégré).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>--execution and --day exclude each other</source>
        <translation>--execution et --day s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--day takes a date such as 2026-03-14, not &apos;%1&apos;</source>
        <translation>--day attend une date comme 2026-03-14, pas « %1 »</translation>
    </message>
    <message>
        <source>read budgets</source>
        <translation>lire les budgets</translation>
    </message>
    <message>
        <source>no execution %1</source>
        <translation>aucune exécution %1</translation>
    </message>
    <message>
        <source>the configuration %1 started with cannot be read; its budgets are shown with the current one</source>
        <translation>la configuration avec laquelle %1 a démarré est illisible ; ses budgets sont affichés avec la configuration actuelle</translation>
    </message>
    <message>
        <source>cannot read the budget of %1</source>
        <translation>impossible de lire le budget de %1</translation>
    </message>
    <message>
        <source>Dollars granted by approvers beyond the budget, used or held: %1</source>
        <translation>Dollars accordés par les approbateurs au-delà du budget, utilisés ou réservés : %1</translation>
    </message>
    <message>
        <source>The dollar budget is the daily budget: the execution has no --max-cost, and shares the day&apos;s budget with the others</source>
        <translation>Le budget en dollars est le budget journalier : l&apos;exécution n&apos;a pas de --max-cost et partage le budget du jour avec les autres</translation>
    </message>
    <message>
        <source>Time: %1 of running time against a limit of %2; %3 left</source>
        <translation>Temps : %1 d&apos;exécution pour une limite de %2 ; %3 restant</translation>
    </message>
</context>
<context>
    <name>Conductor::BudgetsPage</name>
    <message>
        <source>Tokens today</source>
        <translation>Jetons aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Dollars today</source>
        <translation>Dollars aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Emergency reserve</source>
        <translation>Réserve d&apos;urgence</translation>
    </message>
    <message>
        <source>Budget day</source>
        <translation>Journée budgétaire</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The day&apos;s budgets</source>
        <translation>Les budgets du jour</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Jetons :</translation>
    </message>
    <message>
        <source>Dollars:</source>
        <translation>Dollars :</translation>
    </message>
    <message>
        <source>Emergency reserve:</source>
        <translation>Réserve d&apos;urgence :</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Tokens used</source>
        <translation>Jetons utilisés</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Held now</source>
        <translation>Réservé actuellement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Use by stage and agent</source>
        <translation>Utilisation par étape et par agent</translation>
    </message>
    <message>
        <source>By stage and agent</source>
        <translation>Par étape et par agent</translation>
    </message>
    <message>
        <source>Budget day %1 (%2)</source>
        <translation>Journée budgétaire %1 (%2)</translation>
    </message>
    <message>
        <source>The budget day could not be read from the database.</source>
        <translation>Impossible de lire la journée budgétaire dans la base de données.</translation>
    </message>
    <message>
        <source>used %1 · held %2 · left %3 of %4</source>
        <translation>utilisé %1 · réservé %2 · restant %3 sur %4</translation>
    </message>
    <message>
        <source>granted and used %1 · held %2 of %3 tokens</source>
        <translation>accordé et utilisé %1 · réservé %2 sur %3 jetons</translation>
    </message>
    <message>
        <source>⚠ The alert threshold of %1 was crossed at %2.</source>
        <translation>⚠ Le seuil d&apos;alerte de %1 a été franchi à %2.</translation>
    </message>
    <message>
        <source>Alert at %1.</source>
        <translation>Alerte à %1.</translation>
    </message>
    <message>
        <source>Approvers granted %1 beyond the budget (held: %2).</source>
        <translation>Les approbateurs ont accordé %1 au-delà du budget (réservé : %2).</translation>
    </message>
    <message>
        <source>Attempts used %1 tokens and %2 beyond their holds.</source>
        <translation>Les tentatives ont utilisé %1 jetons et %2 au-delà de leurs réservations.</translation>
    </message>
    <message>
        <source>Executions that held anything: %1.</source>
        <translation>Exécutions ayant réservé quelque chose : %1.</translation>
    </message>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 jetons · %2</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Usage window</source>
        <translation>Période d&apos;utilisation</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Par étape</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>The day in detail</source>
        <translation>La journée en détail</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
</context>
<context>
    <name>Conductor::ChatStreamParser</name>
    <message>
        <source>a chunk of the stream is not JSON: %1</source>
        <translation>un fragment du flux n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la réponse n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>the answer has no choices[0].message</source>
        <translation>la réponse n&apos;a pas de choices[0].message</translation>
    </message>
</context>
<context>
    <name>Conductor::CommandAgent</name>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>the agent has no command</source>
        <translation>l&apos;agent n&apos;a pas de commande</translation>
    </message>
    <message>
        <source>cannot start &apos;%1&apos;: %2</source>
        <translation>impossible de démarrer « %1 » : %2</translation>
    </message>
    <message>
        <source>output larger than %1 bytes</source>
        <translation>sortie de plus de %1 octets</translation>
    </message>
    <message>
        <source>the agent was killed by %1</source>
        <translation>l&apos;agent a été tué par %1</translation>
    </message>
    <message>
        <source>the agent rejected the request (exit status %1)</source>
        <translation>l&apos;agent a refusé la requête (code de sortie %1)</translation>
    </message>
    <message>
        <source>the agent is temporarily unavailable (exit status %1)</source>
        <translation>l&apos;agent est temporairement indisponible (code de sortie %1)</translation>
    </message>
    <message>
        <source>the agent timed out (exit status 124)</source>
        <translation>l&apos;agent a dépassé son délai (code de sortie 124)</translation>
    </message>
    <message>
        <source>the agent exited with status %1</source>
        <translation>l&apos;agent s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1 at byte %2</source>
        <translation>la réponse n&apos;est pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the answer&apos;s usage is not {&quot;tokens&quot;: a whole number, &quot;costUSD&quot;: a number}, both 0 or more</source>
        <translation>le champ usage de la réponse n&apos;est pas {&quot;tokens&quot;: un nombre entier, &quot;costUSD&quot;: un nombre}, tous deux 0 ou plus</translation>
    </message>
    <message>
        <source>the agent reported an error</source>
        <translation>l&apos;agent a signalé une erreur</translation>
    </message>
    <message>
        <source>(unknown error class &apos;%1&apos;)</source>
        <translation>(classe d&apos;erreur inconnue « %1 »)</translation>
    </message>
    <message>
        <source>the answer&apos;s status is &apos;%1&apos;, not &apos;ok&apos; or &apos;error&apos;</source>
        <translation>le statut de la réponse est « %1 », ni « ok » ni « error »</translation>
    </message>
    <message>
        <source>the answer has no &quot;output&quot; text</source>
        <translation>la réponse n&apos;a pas de texte &quot;output&quot;</translation>
    </message>
</context>
<context>
    <name>Conductor::CommandLine</name>
    <message>
        <source>The database (default: %1).</source>
        <translation>La base de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>Run one execution of a pipeline to its end</source>
        <translation>Exécuter un pipeline jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>Take over unfinished executions whose owner is gone</source>
        <translation>Reprendre les exécutions inachevées dont le propriétaire a disparu</translation>
    </message>
    <message>
        <source>List executions</source>
        <translation>Lister les exécutions</translation>
    </message>
    <message>
        <source>Pause, resume, cancel, skip or retry</source>
        <translation>Mettre en pause, reprendre, annuler, ignorer ou relancer</translation>
    </message>
    <message>
        <source>Check configuration and pipeline files</source>
        <translation>Vérifier les fichiers de configuration et de pipeline</translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation>Utilisation : %1 [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <source>Conductor orchestrates multi-stage AI-agent pipelines with budgets and quality gates.</source>
        <translation>Conductor orchestre des pipelines d&apos;agents d&apos;IA en plusieurs étapes, avec budgets et gates de qualité.</translation>
    </message>
    <message>
        <source>Without a command, Conductor opens its main window.</source>
        <translation>Sans commande, Conductor ouvre sa fenêtre principale.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s with COMMAND --help</source>
        <translation>Afficher cette aide, ou celle d&apos;une commande avec COMMANDE --help</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Essayez « %1 --help » pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>List the gates waiting for a decision</source>
        <translation>Lister les gates en attente de décision</translation>
    </message>
    <message>
        <source>Approve or reject a gate</source>
        <translation>Approuver ou rejeter un gate</translation>
    </message>
    <message>
        <source>List and add users, set roles, enroll second factors</source>
        <translation>Lister et ajouter des utilisateurs, définir les rôles, enregistrer des seconds facteurs</translation>
    </message>
    <message>
        <source>Show budgets and usage</source>
        <translation>Afficher les budgets et l&apos;utilisation</translation>
    </message>
    <message>
        <source>Take agents&apos; keys from this folder, whose files only their owner may read, instead of the keychain.</source>
        <translation>Prendre les clés des agents dans ce dossier, dont les fichiers ne sont lisibles que par leur propriétaire, au lieu du trousseau.</translation>
    </message>
    <message>
        <source>Check whether each provider of a pipeline answers</source>
        <translation>Vérifier que chaque fournisseur d&apos;un pipeline répond</translation>
    </message>
    <message>
        <source>Keep API keys in the system keychain</source>
        <translation>Conserver les clés d&apos;API dans le trousseau du système</translation>
    </message>
    <message>
        <source>Create, list and revoke REST API tokens</source>
        <translation>Créer, lister et révoquer des jetons d&apos;API REST</translation>
    </message>
    <message>
        <source>A pipeline file (default: the I2S pipeline).</source>
        <translation>Un fichier de pipeline (par défaut : le pipeline I2S).</translation>
    </message>
    <message>
        <source>A conductor-agent.yml (default: the built-in one).</source>
        <translation>Un conductor-agent.yml (par défaut : celui intégré).</translation>
    </message>
    <message>
        <source>Run without a window, serving the REST API (--headless --help)</source>
        <translation>Fonctionner sans fenêtre, en servant l&apos;API REST (--headless --help)</translation>
    </message>
    <message>
        <source>Show the key metrics of recent executions</source>
        <translation>Afficher les métriques clés des exécutions récentes</translation>
    </message>
    <message>
        <source>List the alerts raised</source>
        <translation>Lister les alertes déclenchées</translation>
    </message>
</context>
<context>
    <name>Conductor::Condition</name>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 vaut %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ne vaut pas %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 est l&apos;un de %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n&apos;est aucun de %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 vaut au moins %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 vaut au plus %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 est supérieur à %2</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 est inférieur à %2</translation>
    </message>
    <message>
        <source>%1 is given</source>
        <translation>%1 est renseigné</translation>
    </message>
    <message>
        <source>%1 is not given</source>
        <translation>%1 n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fact a condition can test; write metadata.&lt;key&gt; or verdict.&lt;stage&gt;, or combine conditions with all, any or not</source>
        <translation>« %1 » n&apos;est pas un fait qu&apos;une condition peut tester ; écrivez metadata.&lt;key&gt; ou verdict.&lt;stage&gt;, ou combinez des conditions avec all, any ou not</translation>
    </message>
    <message>
        <source>%1 needs exactly one test, such as { atLeast: 10000 } or { in: [a, b] }</source>
        <translation>%1 nécessite exactement un test, comme { atLeast: 10000 } ou { in: [a, b] }</translation>
    </message>
    <message>
        <source>%1 needs at least one condition</source>
        <translation>%1 nécessite au moins une condition</translation>
    </message>
    <message>
        <source>conditions nest deeper than %1 levels</source>
        <translation>les conditions sont imbriquées sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigDiffView</name>
    <message>
        <source>Changes against the running configuration</source>
        <translation>Modifications par rapport à la configuration en cours</translation>
    </message>
    <message>
        <source>running configuration</source>
        <translation>configuration en cours</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>ce texte</translation>
    </message>
    <message>
        <source>This text is the running configuration.</source>
        <translation>Ce texte est la configuration en cours.</translation>
    </message>
    <message>
        <source>Against the running configuration — changed lines: %1 (removed: %2, added: %3). Lines that start with - are removed, lines with + added.</source>
        <translation>Par rapport à la configuration en cours — lignes modifiées : %1 (supprimées : %2, ajoutées : %3). Les lignes commençant par - sont supprimées, celles par + ajoutées.</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigEditor</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Revert to Running</source>
        <translation>Revenir à la configuration en cours</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <source>Write the file and run this configuration; asks why</source>
        <translation>Écrire le fichier et exécuter cette configuration ; demande pourquoi</translation>
    </message>
    <message>
        <source>Go back to the running configuration (undo brings this text back)</source>
        <translation>Revenir à la configuration en cours (annuler ramène ce texte)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); this is the running configuration.</source>
        <translation>%1 est illisible (%2) ; voici la configuration en cours.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Modifications : %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: error: %3</source>
        <translation>Ligne %1, colonne %2 : erreur : %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: warning: %3</source>
        <translation>Ligne %1, colonne %2 : avertissement : %3</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Aller à la ligne %1</translation>
    </message>
    <message>
        <source>No problems: this text is a valid configuration.</source>
        <translation>Aucun problème : ce texte est une configuration valide.</translation>
    </message>
    <message>
        <source>✗ Errors: %1 — fix them to apply</source>
        <translation>✗ Erreurs : %1 — corrigez-les pour appliquer</translation>
    </message>
    <message>
        <source>✓ Valid configuration</source>
        <translation>✓ Configuration valide</translation>
    </message>
    <message>
        <source> (warnings: %1)</source>
        <translation> (avertissements : %1)</translation>
    </message>
    <message>
        <source>The text has errors; fix them to apply it</source>
        <translation>Le texte contient des erreurs ; corrigez-les pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>This text is the running configuration</source>
        <translation>Ce texte est la configuration en cours</translation>
    </message>
    <message>
        <source>The form could not change the text: %1</source>
        <translation>Le formulaire n&apos;a pas pu modifier le texte : %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n&apos;a pas été écrit : %2</translation>
    </message>
    <message>
        <source>Saved to %1; Apply runs it.</source>
        <translation>Enregistré dans %1 ; Appliquer l&apos;exécute.</translation>
    </message>
    <message>
        <source>Save an Invalid Configuration?</source>
        <translation>Enregistrer une configuration invalide ?</translation>
    </message>
    <message>
        <source>This text has errors: Conductor would refuse to start with it and it cannot be applied. Save it anyway, to finish it later?</source>
        <translation>Ce texte contient des erreurs : Conductor refuserait de démarrer avec et il ne peut pas être appliqué. L&apos;enregistrer quand même, pour le terminer plus tard ?</translation>
    </message>
    <message>
        <source>Saved to %1 with its errors; it cannot be applied as it is.</source>
        <translation>Enregistré dans %1 avec ses erreurs ; il ne peut pas être appliqué en l&apos;état.</translation>
    </message>
    <message>
        <source>Apply the Configuration</source>
        <translation>Appliquer la configuration</translation>
    </message>
    <message>
        <source>Why this change? The reason is recorded in the audit trail with the change.</source>
        <translation>Pourquoi cette modification ? La raison est enregistrée avec la modification dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Raison de la modification</translation>
    </message>
    <message>
        <source>For example: a larger daily budget for the launch week</source>
        <translation>Par exemple : un budget journalier plus élevé pour la semaine de lancement</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliquée : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigForm</name>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>A change here edits its value in the text; comments and layout stay as they are. Leave a field empty for its default.</source>
        <translation>Une modification ici change sa valeur dans le texte ; les commentaires et la mise en forme restent intacts. Laissez un champ vide pour sa valeur par défaut.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per pipeline</source>
        <translation>Par pipeline</translation>
    </message>
    <message>
        <source>Emergency reserve</source>
        <translation>Réserve d&apos;urgence</translation>
    </message>
    <message>
        <source>Time limits (minutes)</source>
        <translation>Limites de temps (minutes)</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <source>Cost (US dollars)</source>
        <translation>Coût (dollars US)</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Budget journalier</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>Budget day</source>
        <translation>Journée budgétaire</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>the system&apos;s zone</source>
        <translation>le fuseau du système</translation>
    </message>
    <message>
        <source>A budget day ends at midnight in this zone (an IANA name such as Europe/Berlin); everyone sharing a database should use the same one.</source>
        <translation>Une journée budgétaire se termine à minuit dans ce fuseau (un nom IANA comme Europe/Berlin) ; tous ceux qui partagent une base de données devraient utiliser le même.</translation>
    </message>
    <message>
        <source>The text cannot be read, so the form cannot show it: %1</source>
        <translation>Le texte est illisible, le formulaire ne peut donc pas l&apos;afficher : %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>S&apos;ouvre</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>When gate %1 opens</source>
        <translation>Quand le gate %1 s&apos;ouvre</translation>
    </message>
    <message>
        <source>When a budget runs out</source>
        <translation>Quand un budget est épuisé</translation>
    </message>
    <message>
        <source>The engine opens this gate itself; it is never listed.</source>
        <translation>Le moteur ouvre ce gate lui-même ; il n&apos;est jamais listé.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Timeout of gate %1</source>
        <translation>Délai du gate %1</translation>
    </message>
    <message>
        <source>The text does not write both gates.required and gates.optional as lists; add them in the text to move gates here.</source>
        <translation>Le texte n&apos;écrit pas gates.required et gates.optional sous forme de listes ; ajoutez-les dans le texte pour déplacer des gates ici.</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigLoader</name>
    <message>
        <source>unknown gate &apos;%1&apos;; define it under gates.definitions or use one of: %2</source>
        <translation>gate inconnu « %1 » ; définissez-le sous gates.definitions ou utilisez l&apos;un de : %2</translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>gate inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is listed as both required and optional</source>
        <translation>le gate « %1 » est listé à la fois comme obligatoire et comme facultatif</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is defined but listed neither as required nor as optional, so it never opens</source>
        <translation>le gate « %1 » est défini mais listé ni comme obligatoire ni comme facultatif, il ne s&apos;ouvre donc jamais</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is critical and cannot be approved by a timeout; use reject or escalate</source>
        <translation>le gate « %1 » est critique et ne peut pas être approuvé par un délai ; utilisez reject ou escalate</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; escalates to &apos;%2&apos;, a weaker role than its reviewers&apos; &apos;%3&apos;</source>
        <translation>le gate « %1 » remonte à « %2 », un rôle plus faible que celui de ses réviseurs « %3 »</translation>
    </message>
    <message>
        <source>alert rule &apos;%1&apos; has no %2</source>
        <translation>la règle d&apos;alerte « %1 » n&apos;a pas de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>budgets.cost.alertThresholdUSD (%1) is above budgets.cost.dailyBudgetUSD (%2), so the alert could never come before the limit</source>
        <translation>budgets.cost.alertThresholdUSD (%1) est supérieur à budgets.cost.dailyBudgetUSD (%2), l&apos;alerte ne pourrait donc jamais précéder la limite</translation>
    </message>
    <message>
        <source>budgets.tokens.perPipeline (%1) is above budgets.tokens.daily (%2)</source>
        <translation>budgets.tokens.perPipeline (%1) est supérieur à budgets.tokens.daily (%2)</translation>
    </message>
    <message>
        <source>budgets.time.maxAgentMinutes (%1) is above budgets.time.maxPipelineMinutes (%2)</source>
        <translation>budgets.time.maxAgentMinutes (%1) est supérieur à budgets.time.maxPipelineMinutes (%2)</translation>
    </message>
    <message>
        <source>orchestration.defaultTimeout (%1) is above budgets.time.maxPipelineMinutes (%2 minutes), which caps every pipeline</source>
        <translation>orchestration.defaultTimeout (%1) est supérieur à budgets.time.maxPipelineMinutes (%2 minutes), qui plafonne chaque pipeline</translation>
    </message>
    <message>
        <source>budgets.timeZone: &apos;%1&apos; is not a time zone this system knows (an IANA name such as Europe/Berlin or UTC)</source>
        <translation>budgets.timeZone : « %1 » n&apos;est pas un fuseau horaire connu de ce système (un nom IANA comme Europe/Berlin ou UTC)</translation>
    </message>
    <message>
        <source>notifier &apos;%1&apos; needs a type (webhook or pagerduty)</source>
        <translation>le notificateur « %1 » nécessite un type (webhook ou pagerduty)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to %2 notifiers; notifier &apos;%3&apos; is %4</source>
        <translation>« %1 » s&apos;applique aux notificateurs %2 ; le notificateur « %3 » est %4</translation>
    </message>
    <message>
        <source>webhook notifier &apos;%1&apos; needs url: the name of the secret that holds the webhook&apos;s address (conductor secrets set NAME)</source>
        <translation>le notificateur webhook « %1 » nécessite url : le nom du secret qui contient l&apos;adresse du webhook (conductor secrets set NAME)</translation>
    </message>
    <message>
        <source>pagerduty notifier &apos;%1&apos; needs routingKey: the name of the secret that holds the integration&apos;s routing key (conductor secrets set NAME)</source>
        <translation>le notificateur pagerduty « %1 » nécessite routingKey : le nom du secret qui contient la clé de routage de l&apos;intégration (conductor secrets set NAME)</translation>
    </message>
    <message>
        <source>%1 must be an https address, such as https://events.pagerduty.com</source>
        <translation>%1 doit être une adresse https, comme https://events.pagerduty.com</translation>
    </message>
    <message>
        <source>%1 must use https: alerts would travel in the clear to %2 (http is allowed only to this machine)</source>
        <translation>%1 doit utiliser https : les alertes circuleraient en clair vers %2 (http n&apos;est autorisé que vers cette machine)</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigTextEdit</name>
    <message>
        <source>Configuration text</source>
        <translation>Texte de la configuration</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::Configuration</name>
    <message>
        <source>Risk review before scaffold generation</source>
        <translation>Revue des risques avant la génération du squelette</translation>
    </message>
    <message>
        <source>Security sign-off before deployment</source>
        <translation>Validation de sécurité avant le déploiement</translation>
    </message>
    <message>
        <source>Human review of a flagged idea or a regulated domain</source>
        <translation>Revue humaine d&apos;une idée signalée ou d&apos;un domaine réglementé</translation>
    </message>
    <message>
        <source>Performance review for a high load estimate</source>
        <translation>Revue des performances pour une charge estimée élevée</translation>
    </message>
    <message>
        <source>Compliance check for an enterprise account</source>
        <translation>Contrôle de conformité pour un compte entreprise</translation>
    </message>
    <message>
        <source>Budget override: an attempt needs more than its budgets allow</source>
        <translation>Dépassement de budget : une tentative nécessite plus que ses budgets ne le permettent</translation>
    </message>
</context>
<context>
    <name>Conductor::DashboardPage</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Rétablies</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Taux de rétablissement</translation>
    </message>
    <message>
        <source>Mean success time</source>
        <translation>Durée moyenne de réussite</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Métriques clés</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Pipeline success rate</source>
        <translation>Taux de réussite des pipelines</translation>
    </message>
    <message>
        <source>Completed executions / (completed + failed), by the time they ended; cancelled ones are left out.</source>
        <translation>Exécutions terminées / (terminées + échouées), selon leur date de fin ; les annulées ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Average execution time</source>
        <translation>Durée moyenne d&apos;exécution</translation>
    </message>
    <message>
        <source>From an execution&apos;s creation to its end, over the completed and failed executions that ended in the window; p50 and p95 by the nearest rank.</source>
        <translation>De la création d&apos;une exécution à sa fin, sur les exécutions terminées et échouées qui ont pris fin dans la période ; p50 et p95 par le rang le plus proche.</translation>
    </message>
    <message>
        <source>Resource efficiency</source>
        <translation>Efficacité des ressources</translation>
    </message>
    <message>
        <source>Tokens and dollars used per completed execution, over the executions that completed in the window.</source>
        <translation>Jetons et dollars utilisés par exécution terminée, sur les exécutions terminées dans la période.</translation>
    </message>
    <message>
        <source>Gate first-approval rate</source>
        <translation>Taux d&apos;approbation des gates à la première décision</translation>
    </message>
    <message>
        <source>Gates approved at their first decision / gates decided. A gate is an execution&apos;s checkpoint and gate type: one rejected and opened again counts once, as not approved at first; an expired gate counts as decided and not approved.</source>
        <translation>Gates approuvés à leur première décision / gates décidés. Un gate est un point de contrôle d&apos;une exécution et un type de gate : un gate rejeté puis rouvert compte une fois, comme non approuvé d&apos;emblée ; un gate expiré compte comme décidé et non approuvé.</translation>
    </message>
    <message>
        <source>Error recovery rate</source>
        <translation>Taux de rétablissement après erreur</translation>
    </message>
    <message>
        <source>Failed attempts whose stage a later retry completed / failed attempts, of the attempts that failed in the window.</source>
        <translation>Tentatives échouées dont l&apos;étape a été menée à bien par une relance ultérieure / tentatives échouées, parmi les tentatives échouées dans la période.</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Actives maintenant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting at a gate</source>
        <translation>En attente à un gate</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Show the gates waiting for a decision</source>
        <translation>Afficher les gates en attente de décision</translation>
    </message>
    <message>
        <source>Show these executions</source>
        <translation>Afficher ces exécutions</translation>
    </message>
    <message>
        <source>Pending gates</source>
        <translation>Gates en attente</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Oldest pending gates</source>
        <translation>Gates en attente les plus anciens</translation>
    </message>
    <message>
        <source>Double-click or press Enter to review a gate</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour examiner un gate</translation>
    </message>
    <message>
        <source>All gates…</source>
        <translation>Tous les gates…</translation>
    </message>
    <message>
        <source>Today&apos;s budgets</source>
        <translation>Budgets du jour</translation>
    </message>
    <message>
        <source>By stage and agent</source>
        <translation>Par étape et par agent</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Key metrics by stage</source>
        <translation>Métriques clés par étape</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Key metrics by agent</source>
        <translation>Métriques clés par agent</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Par étape</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <source>No attempt ended in this window.</source>
        <translation>Aucune tentative ne s&apos;est terminée dans cette période.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading the key metrics…</source>
        <translation>Chargement des métriques clés…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>État au %1</translation>
    </message>
    <message>
        <source>No execution completed or failed in this window (cancelled: %1).</source>
        <translation>Aucune exécution terminée ou échouée dans cette période (annulées : %1).</translation>
    </message>
    <message>
        <source>No execution completed or failed in this window.</source>
        <translation>Aucune exécution terminée ou échouée dans cette période.</translation>
    </message>
    <message>
        <source>%1 of %2 ended executions completed, %3 failed.</source>
        <translation>%1 des %2 exécutions finies ont abouti, %3 ont échoué.</translation>
    </message>
    <message>
        <source>Cancelled, not counted: %1.</source>
        <translation>Annulées, non comptées : %1.</translation>
    </message>
    <message>
        <source>Mean of %1 completed or failed executions; p50 %2, p95 %3.</source>
        <translation>Moyenne de %1 exécutions terminées ou échouées ; p50 %2, p95 %3.</translation>
    </message>
    <message>
        <source>Per completed execution, over %1 that used %2 tokens and %3.</source>
        <translation>Par exécution terminée, sur %1 ayant utilisé %2 jetons et %3.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>No execution completed in this window.</source>
        <translation>Aucune exécution terminée dans cette période.</translation>
    </message>
    <message>
        <source>%1 of %2 decided gates approved at their first decision.</source>
        <translation>%1 des %2 gates décidés approuvés à leur première décision.</translation>
    </message>
    <message>
        <source>No gate was decided in this window.</source>
        <translation>Aucun gate n&apos;a été décidé dans cette période.</translation>
    </message>
    <message>
        <source>%1 of %2 failed attempts recovered by a retry.</source>
        <translation>%1 des %2 tentatives échouées rétablies par une relance.</translation>
    </message>
    <message>
        <source>No attempt failed in this window.</source>
        <translation>Aucune tentative n&apos;a échoué dans cette période.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No gate waits for a decision.</source>
        <translation>Aucun gate n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Gates waiting: %1. The oldest:</source>
        <translation>Gates en attente : %1. Les plus anciens :</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (critique)</translation>
    </message>
    <message>
        <source>Today&apos;s budgets could not be read from the database.</source>
        <translation>Impossible de lire les budgets du jour dans la base de données.</translation>
    </message>
</context>
<context>
    <name>Conductor::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>Impossible de configurer la base de données %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>Impossible de passer la base de données %1 en journalisation anticipée (WAL) : %2</translation>
    </message>
    <message>
        <source>The database %1 runs in journal mode &quot;%2&quot; instead of &quot;%3&quot; (write-ahead logging needs a local file system).</source>
        <translation>La base de données %1 fonctionne en mode de journal « %2 » au lieu de « %3 » (la journalisation anticipée nécessite un système de fichiers local).</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1 for migrations: %2</source>
        <translation>Impossible de préparer la base de données %1 aux migrations : %2</translation>
    </message>
    <message>
        <source>%1: this database was written by a newer Conductor (schema %2); this version knows schema %3 — upgrade Conductor.</source>
        <translation>%1 : cette base de données a été écrite par un Conductor plus récent (schéma %2) ; cette version connaît le schéma %3 — mettez Conductor à jour.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Impossible de lire la version du schéma de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot migrate %1 to schema %2: %3</source>
        <translation>Impossible de migrer %1 vers le schéma %2 : %3</translation>
    </message>
    <message>
        <source>Migration %1 of %2 failed: %3</source>
        <translation>La migration %1 sur %2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>Conductor::DefinitionCache</name>
    <message>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
</context>
<context>
    <name>Conductor::DemoRun</name>
    <message>
        <source>A marketplace for used lab equipment</source>
        <translation>Une place de marché pour le matériel de laboratoire d&apos;occasion</translation>
    </message>
    <message>
        <source>Universities and biotech start-ups replace centrifuges, microscopes and incubators long before they wear out, while young labs cannot afford new ones. A marketplace where labs list the equipment they no longer need, buyers see its service history and calibration records, and a partner refurbishes and ships it with a warranty, taking a commission on each sale.</source>
        <translation>Les universités et les start-up de biotechnologie remplacent centrifugeuses, microscopes et incubateurs bien avant qu&apos;ils ne soient usés, alors que les jeunes laboratoires ne peuvent pas s&apos;en offrir de neufs. Une place de marché où les laboratoires proposent le matériel dont ils n&apos;ont plus besoin, où les acheteurs voient son historique d&apos;entretien et ses relevés d&apos;étalonnage, et où un partenaire le remet en état et l&apos;expédie avec une garantie, en prenant une commission sur chaque vente.</translation>
    </message>
    <message>
        <source>The shipped pipeline %1 cannot be read.</source>
        <translation>Le pipeline fourni %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The engine started no execution.</source>
        <translation>Le moteur n&apos;a démarré aucune exécution.</translation>
    </message>
</context>
<context>
    <name>Conductor::Diagnostic</name>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::Duration</name>
    <message>
        <source>expected a duration such as 30s or 5m, got nothing</source>
        <translation>durée attendue, comme 30s ou 5m, rien reçu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: write a whole number with a unit (ms, s, m, h or d), such as 30s or 5m</source>
        <translation>« %1 » n&apos;est pas une durée : écrivez un nombre entier avec une unité (ms, s, m, h ou d), comme 30s ou 5m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit: write %1s, %1m or another unit (ms, s, m, h or d)</source>
        <translation>« %1 » n&apos;a pas d&apos;unité : écrivez %1s, %1m ou une autre unité (ms, s, m, h ou d)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long: the longest duration is 366d</source>
        <translation>« %1 » est trop long : la durée maximale est 366d</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown unit &apos;%2&apos;: use ms, s, m, h or d</source>
        <translation>« %1 » a une unité inconnue « %2 » : utilisez ms, s, m, h ou d</translation>
    </message>
</context>
<context>
    <name>Conductor::Engine</name>
    <message>
        <source>refused: no execution %1 that can be changed</source>
        <translation>refusé : aucune exécution %1 modifiable</translation>
    </message>
    <message>
        <source>refused: %1 runs it now</source>
        <translation>refusé : %1 l&apos;exécute en ce moment</translation>
    </message>
    <message>
        <source>waiting for a slot: %1 of %2 pipelines running; %3 in the queue</source>
        <translation>en attente d&apos;un créneau : %1 pipelines en cours sur %2 ; %3 en file d&apos;attente</translation>
    </message>
    <message>
        <source>refused: %1 is not running here</source>
        <translation>refusé : %1 ne s&apos;exécute pas ici</translation>
    </message>
    <message>
        <source>another process took over execution %1</source>
        <translation>un autre processus a repris l&apos;exécution %1</translation>
    </message>
    <message>
        <source>refused: today&apos;s budget cannot be read from the database</source>
        <translation>refusé : impossible de lire le budget du jour dans la base de données</translation>
    </message>
    <message>
        <source>throttled by the alert rule %1 (%2): $%3 spent today of a daily budget of $%4; this execution waits until midnight (%5), or until an approver raises its budget</source>
        <translation>limité par la règle d&apos;alerte %1 (%2) : %3 $ dépensés aujourd&apos;hui sur un budget journalier de %4 $ ; cette exécution attend minuit (%5), ou qu&apos;un approbateur augmente son budget</translation>
    </message>
    <message>
        <source>refused: execution %1 was taken over before it was stored</source>
        <translation>refusé : l&apos;exécution %1 a été reprise avant d&apos;être enregistrée</translation>
    </message>
    <message>
        <source>refused: execution %1 was taken over before the command was stored</source>
        <translation>refusé : l&apos;exécution %1 a été reprise avant que la commande soit enregistrée</translation>
    </message>
</context>
<context>
    <name>Conductor::EventStore</name>
    <message>
        <source>The store needs an owner id.</source>
        <translation>Le stockage nécessite un identifiant de propriétaire.</translation>
    </message>
    <message>
        <source>Writing to the database %1 failed: %2</source>
        <translation>L&apos;écriture dans la base de données %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Claiming execution %1 failed: %2</source>
        <translation>La prise en charge de l&apos;exécution %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Claiming unfinished executions failed: %1</source>
        <translation>La prise en charge des exécutions inachevées a échoué : %1</translation>
    </message>
    <message>
        <source>Releasing executions failed: %1</source>
        <translation>La libération des exécutions a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot load the events of %1: the database is not open.</source>
        <translation>Impossible de charger les événements de %1 : la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot load the events of %1: %2</source>
        <translation>Impossible de charger les événements de %1 : %2</translation>
    </message>
    <message>
        <source>Renewing the leases failed: %1</source>
        <translation>Le renouvellement des baux a échoué : %1</translation>
    </message>
    <message>
        <source>Reading the commands failed: %1</source>
        <translation>La lecture des commandes a échoué : %1</translation>
    </message>
    <message>
        <source>Releasing budget holds failed: %1</source>
        <translation>La libération des réservations de budget a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::EventWriter</name>
    <message>
        <source>Cannot prepare a statement on %1: %2</source>
        <translation>Impossible de préparer une requête sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionChart</name>
    <message>
        <source>Tokens used</source>
        <translation>Jetons utilisés</translation>
    </message>
    <message>
        <source>Dollars used</source>
        <translation>Dollars utilisés</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>Dollars US</translation>
    </message>
    <message>
        <source>Tokens and dollars this execution used</source>
        <translation>Jetons et dollars utilisés par cette exécution</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget : %1</translation>
    </message>
    <message>
        <source>%1 tokens and %2 used of a budget of %3</source>
        <translation>%1 jetons et %2 utilisés sur un budget de %3</translation>
    </message>
    <message>
        <source>%1 tokens and %2 used</source>
        <translation>%1 jetons et %2 utilisés</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionDetail</name>
    <message>
        <source>Selected execution</source>
        <translation>Exécution sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Execution views</source>
        <translation>Vues de l&apos;exécution</translation>
    </message>
    <message>
        <source>Select an execution to see its pipeline and timeline.</source>
        <translation>Sélectionnez une exécution pour voir son pipeline et sa chronologie.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Waiting at gate</source>
        <translation>En attente au gate</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 tokens · %4</source>
        <translation>%1 — %2 · %3 jetons · %4</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionRun</name>
    <message>
        <source>refused: the pipeline needs ≈ $%1, the execution may spend $%2 (maxCost)</source>
        <translation>refusé : le pipeline nécessite ≈ %1 $, l&apos;exécution peut dépenser %2 $ (maxCost)</translation>
    </message>
    <message>
        <source>execution %1 cannot be taken over: its configuration no longer loads: %2</source>
        <translation>l&apos;exécution %1 ne peut pas être reprise : sa configuration ne se charge plus : %2</translation>
    </message>
    <message>
        <source>the process running attempt %1 stopped before it finished</source>
        <translation>le processus qui exécutait la tentative %1 s&apos;est arrêté avant la fin</translation>
    </message>
    <message>
        <source>the pipeline ran longer than its limit of %1</source>
        <translation>le pipeline a dépassé sa limite de %1</translation>
    </message>
    <message>
        <source>skipped with skipGates</source>
        <translation>ignoré avec skipGates</translation>
    </message>
    <message>
        <source>approved with --approve-gates</source>
        <translation>approuvé avec --approve-gates</translation>
    </message>
    <message>
        <source>paused by %1: %2</source>
        <translation>mise en pause par %1 : %2</translation>
    </message>
    <message>
        <source>waiting for a decision on %1</source>
        <translation>en attente d&apos;une décision sur %1</translation>
    </message>
    <message>
        <source>no agent &apos;%1&apos;</source>
        <translation>aucun agent « %1 »</translation>
    </message>
    <message>
        <source>the attempt ran longer than %1</source>
        <translation>la tentative a dépassé %1</translation>
    </message>
    <message>
        <source>%1 opens at every run</source>
        <translation>%1 s&apos;ouvre à chaque exécution</translation>
    </message>
    <message>
        <source>opened because %1</source>
        <translation>ouvert parce que %1</translation>
    </message>
    <message>
        <source>gate %1 %2 by %3: %4</source>
        <translation>gate %1 %2 par %3 : %4</translation>
    </message>
    <message>
        <source>%1 blocked: %2</source>
        <translation>%1 bloqué : %2</translation>
    </message>
    <message>
        <source>refused: the execution is %1, not running</source>
        <translation>refusé : l&apos;exécution est %1, pas en cours</translation>
    </message>
    <message>
        <source>refused: the execution is %1, not paused</source>
        <translation>refusé : l&apos;exécution est %1, pas en pause</translation>
    </message>
    <message>
        <source>refused: the execution has already ended (%1)</source>
        <translation>refusé : l&apos;exécution est déjà terminée (%1)</translation>
    </message>
    <message>
        <source>refused: the pipeline has no stage &apos;%1&apos;</source>
        <translation>refusé : le pipeline n&apos;a pas d&apos;étape « %1 »</translation>
    </message>
    <message>
        <source>refused: stage &apos;%1&apos; is already %2</source>
        <translation>refusé : l&apos;étape « %1 » est déjà %2</translation>
    </message>
    <message>
        <source>refused: stage &apos;%1&apos; is %2, not failed</source>
        <translation>refusé : l&apos;étape « %1 » est %2, pas en échec</translation>
    </message>
    <message>
        <source>refused: no gate &apos;%1&apos; in this execution</source>
        <translation>refusé : aucun gate « %1 » dans cette exécution</translation>
    </message>
    <message>
        <source>conflict: gate %1 was already %2 by %3</source>
        <translation>conflit : le gate %1 a déjà été %2 par %3</translation>
    </message>
    <message>
        <source>refused: a decision is approved or rejected, not &apos;%1&apos;</source>
        <translation>refusé : une décision est approved ou rejected, pas « %1 »</translation>
    </message>
    <message>
        <source>refused: unknown command &apos;%1&apos;</source>
        <translation>refusé : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>refused: %1 has no role that may decide gates</source>
        <translation>refusé : %1 n&apos;a aucun rôle autorisé à décider des gates</translation>
    </message>
    <message>
        <source>refused: gate %1 needs the role %2 or higher; %3 is %4</source>
        <translation>refusé : le gate %1 nécessite le rôle %2 ou supérieur ; %3 a le rôle %4</translation>
    </message>
    <message>
        <source>refused: %1 started this execution and may not decide its critical gate %2; another reviewer must</source>
        <translation>refusé : %1 a démarré cette exécution et ne peut pas décider de son gate critique %2 ; un autre réviseur doit le faire</translation>
    </message>
    <message>
        <source>refused: gate %1 is critical and needs the reviewer&apos;s TOTP code (--code)</source>
        <translation>refusé : le gate %1 est critique et nécessite le code TOTP du réviseur (--code)</translation>
    </message>
    <message>
        <source>no decision on %1 within %2; reassigned to %3</source>
        <translation>aucune décision sur %1 en %2 ; réattribué à %3</translation>
    </message>
    <message>
        <source>approved by its timeout: no decision within %1</source>
        <translation>approuvé par son délai : aucune décision en %1</translation>
    </message>
    <message>
        <source>no decision within %1</source>
        <translation>aucune décision en %1</translation>
    </message>
    <message>
        <source>refused: no retry strategy &apos;%1&apos; (one of: %2)</source>
        <translation>refusé : aucune stratégie de relance « %1 » (l&apos;une de : %2)</translation>
    </message>
    <message>
        <source>refused: the pipeline has no agent &apos;%1&apos; (one of: %2)</source>
        <translation>refusé : le pipeline n&apos;a pas d&apos;agent « %1 » (l&apos;un de : %2)</translation>
    </message>
    <message>
        <source>refused: a budget override adds a positive amount</source>
        <translation>refusé : un dépassement de budget ajoute un montant positif</translation>
    </message>
    <message>
        <source>; still expected by executions running now: %1 tokens / $%2</source>
        <translation>; encore prévu par les exécutions en cours : %1 jetons / %2 $</translation>
    </message>
    <message>
        <source>refused: the pipeline needs ≈ %1 tokens, more than its budget of %2 (budgets.tokens.perPipeline)</source>
        <translation>refusé : le pipeline nécessite ≈ %1 jetons, plus que son budget de %2 (budgets.tokens.perPipeline)</translation>
    </message>
    <message>
        <source>refused: the pipeline needs ≈ %1 tokens, %2 left today (budgets.tokens.daily: %3%4)</source>
        <translation>refusé : le pipeline nécessite ≈ %1 jetons, il en reste %2 aujourd&apos;hui (budgets.tokens.daily : %3%4)</translation>
    </message>
    <message>
        <source>refused: the pipeline needs ≈ $%1, $%2 left today (budgets.cost.dailyBudgetUSD: $%3%4)</source>
        <translation>refusé : le pipeline nécessite ≈ %1 $, il reste %2 $ aujourd&apos;hui (budgets.cost.dailyBudgetUSD : %3 $%4)</translation>
    </message>
    <message>
        <source>the attempt was interrupted; its hold is charged in full</source>
        <translation>la tentative a été interrompue ; sa réservation est facturée en totalité</translation>
    </message>
    <message>
        <source>the execution completed</source>
        <translation>l&apos;exécution est terminée</translation>
    </message>
    <message>
        <source>the execution was cancelled</source>
        <translation>l&apos;exécution a été annulée</translation>
    </message>
    <message>
        <source>the execution failed</source>
        <translation>l&apos;exécution a échoué</translation>
    </message>
    <message>
        <source>the attempt did not start</source>
        <translation>la tentative n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>+%1 tokens</source>
        <translation>+%1 jetons</translation>
    </message>
    <message>
        <source>+$%1</source>
        <translation>+%1 $</translation>
    </message>
    <message>
        <source>Not enough budget for %1: %2 needed now, %3 to finish the execution; they expect ≈ %4 tokens / $%5, and %6 left</source>
        <translation>Budget insuffisant pour %1 : %2 nécessaires maintenant, %3 pour terminer l&apos;exécution ; ils prévoient ≈ %4 jetons / %5 $, et il reste %6</translation>
    </message>
    <message>
        <source>today&apos;s budgets have %1 tokens / $%2</source>
        <translation>les budgets du jour ont %1 jetons / %2 $</translation>
    </message>
    <message>
        <source>this execution&apos;s budgets have %1 tokens / $%2</source>
        <translation>les budgets de cette exécution ont %1 jetons / %2 $</translation>
    </message>
    <message>
        <source>the emergency reserve has only %1 tokens left today</source>
        <translation>la réserve d&apos;urgence n&apos;a plus que %1 jetons aujourd&apos;hui</translation>
    </message>
    <message>
        <source>the budget gate of %1 was %2 by %3: %4</source>
        <translation>le gate de budget de %1 a été %2 par %3 : %4</translation>
    </message>
    <message>
        <source>approved budget gate %1</source>
        <translation>gate de budget %1 approuvé</translation>
    </message>
    <message>
        <source>the stage was skipped</source>
        <translation>l&apos;étape a été ignorée</translation>
    </message>
    <message>
        <source>Not enough budget to start %1: %2</source>
        <translation>Budget insuffisant pour démarrer %1 : %2</translation>
    </message>
    <message>
        <source>Review of an execution an alert rule flagged</source>
        <translation>Revue d&apos;une exécution signalée par une règle d&apos;alerte</translation>
    </message>
    <message>
        <source>refused: a review names the alert that asks for it (alertId)</source>
        <translation>refusé : une revue nomme l&apos;alerte qui la demande (alertId)</translation>
    </message>
    <message>
        <source>conflict: alert %1 already asked for a review of this execution</source>
        <translation>conflit : l&apos;alerte %1 a déjà demandé une revue de cette exécution</translation>
    </message>
    <message>
        <source>conflict: alert %1 already opened review gate %2 (%3)</source>
        <translation>conflit : l&apos;alerte %1 a déjà ouvert le gate de revue %2 (%3)</translation>
    </message>
    <message>
        <source>conflict: review gate %1 is already open</source>
        <translation>conflit : le gate de revue %1 est déjà ouvert</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerte %1</translation>
    </message>
    <message>
        <source>alert %1: %2</source>
        <translation>alerte %1 : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionWatcher</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1  %2  %3%  %4 tokens  %5  %6</source>
        <translation>%1  %2  %3 %  %4 jetons  %5  %6</translation>
    </message>
    <message>
        <source>waiting on a gate</source>
        <translation>en attente à un gate</translation>
    </message>
    <message>
        <source>%1 completed. Report: %2/report.md</source>
        <translation>%1 terminée. Rapport : %2/report.md</translation>
    </message>
    <message>
        <source>%1 cancelled by %2: %3. Report: %4/report.md</source>
        <translation>%1 annulée par %2 : %3. Rapport : %4/report.md</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3. Report: %4/report.md</source>
        <translation>%1 a échoué (%2) : %3. Rapport : %4/report.md</translation>
    </message>
    <message>
        <source>%1 waits: %2</source>
        <translation>%1 attend : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionsCommand</name>
    <message>
        <source>Lists executions, newest first.</source>
        <translation>Liste les exécutions, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Only executions in this status: pending, running, paused, completed, failed or cancelled.</source>
        <translation>Seulement les exécutions dans cet état : pending, running, paused, completed, failed ou cancelled.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>état inconnu « %1 »</translation>
    </message>
    <message>
        <source>No executions.</source>
        <translation>Aucune exécution.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>JETONS</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COÛT</translation>
    </message>
    <message>
        <source>IDEA</source>
        <translation>IDÉE</translation>
    </message>
    <message>
        <source>Acts on an execution, also while another process runs it.</source>
        <translation>Agit sur une exécution, même pendant qu&apos;un autre processus l&apos;exécute.</translation>
    </message>
    <message>
        <source>Let running attempts finish; start nothing new.</source>
        <translation>Laisser finir les tentatives en cours ; ne rien démarrer de nouveau.</translation>
    </message>
    <message>
        <source>Go on after a pause.</source>
        <translation>Continuer après une pause.</translation>
    </message>
    <message>
        <source>Stop the execution for good.</source>
        <translation>Arrêter définitivement l&apos;exécution.</translation>
    </message>
    <message>
        <source>Skip a stage.</source>
        <translation>Ignorer une étape.</translation>
    </message>
    <message>
        <source>Run a failed stage again.</source>
        <translation>Relancer une étape échouée.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Pourquoi (enregistré).</translation>
    </message>
    <message>
        <source>The execution&apos;s id.</source>
        <translation>L&apos;id de l&apos;exécution.</translation>
    </message>
    <message>
        <source>intervene needs one execution id</source>
        <translation>intervene nécessite un seul id d&apos;exécution</translation>
    </message>
    <message>
        <source>intervene needs --reason TEXT: every intervention says why</source>
        <translation>intervene nécessite --reason TEXTE : chaque intervention indique pourquoi</translation>
    </message>
    <message>
        <source>no execution %1</source>
        <translation>aucune exécution %1</translation>
    </message>
    <message>
        <source>cannot record the command</source>
        <translation>impossible d&apos;enregistrer la commande</translation>
    </message>
    <message>
        <source>%1 did not answer within 30 s; the command stays queued for it</source>
        <translation>%1 n&apos;a pas répondu en 30 s ; la commande reste en file d&apos;attente pour lui</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1 : %2 effectué</translation>
    </message>
    <message>
        <source>list executions</source>
        <translation>lister les exécutions</translation>
    </message>
    <message>
        <source>Retry a stage with another strategy from its next attempt on: %1.</source>
        <translation>Relancer une étape avec une autre stratégie à partir de sa prochaine tentative : %1.</translation>
    </message>
    <message>
        <source>Run a stage with another of the pipeline&apos;s agents from its next attempt on.</source>
        <translation>Exécuter une étape avec un autre agent du pipeline à partir de sa prochaine tentative.</translation>
    </message>
    <message>
        <source>--%1 takes STAGE=NAME, got &apos;%2&apos;</source>
        <translation>--%1 attend ÉTAPE=NOM, reçu « %2 »</translation>
    </message>
    <message>
        <source>intervene</source>
        <translation>intervenir</translation>
    </message>
    <message>
        <source>Let the execution spend this much more (approver or higher).</source>
        <translation>Permettre à l&apos;exécution de dépenser ce montant en plus (approbateur ou supérieur).</translation>
    </message>
    <message>
        <source>--override-budget takes a positive amount in USD, such as 25</source>
        <translation>--override-budget attend un montant positif en USD, comme 25</translation>
    </message>
    <message>
        <source>override budgets</source>
        <translation>dépasser les budgets</translation>
    </message>
    <message>
        <source>Let the execution use this many tokens from the day&apos;s emergency reserve beyond its budgets (approver or higher; with or without --override-budget).</source>
        <translation>Permettre à l&apos;exécution d&apos;utiliser ce nombre de jetons de la réserve d&apos;urgence du jour au-delà de ses budgets (approbateur ou supérieur ; avec ou sans --override-budget).</translation>
    </message>
    <message>
        <source>--grant-tokens takes a positive number of tokens, such as 40000</source>
        <translation>--grant-tokens attend un nombre positif de jetons, comme 40000</translation>
    </message>
    <message>
        <source>intervene needs exactly one of --pause, --resume, --cancel, --skip, --retry, --strategy, --agent, or a budget override (--override-budget and/or --grant-tokens)</source>
        <translation>intervene nécessite exactement une option parmi --pause, --resume, --cancel, --skip, --retry, --strategy, --agent, ou un dépassement de budget (--override-budget et/ou --grant-tokens)</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionsModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Waiting at gate</source>
        <translation>En attente au gate</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>en attente : %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Next gate</source>
        <translation>Prochain gate</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Search ideas or execution ids</source>
        <translation>Rechercher des idées ou des id d&apos;exécution</translation>
    </message>
    <message>
        <source>Search executions</source>
        <translation>Rechercher des exécutions</translation>
    </message>
    <message>
        <source>Matching executions</source>
        <translation>Exécutions correspondantes</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Executions: %1</source>
        <translation>Exécutions : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::FileValidator</name>
    <message>
        <source>cannot tell what this file is: a configuration has top-level keys such as %1; a pipeline has %2</source>
        <translation>impossible de déterminer la nature de ce fichier : une configuration a des clés de premier niveau comme %1 ; un pipeline a %2</translation>
    </message>
</context>
<context>
    <name>Conductor::FolderSecrets</name>
    <message>
        <source>the systemd credentials in %1</source>
        <translation>les identifiants systemd dans %1</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>le dossier %1</translation>
    </message>
    <message>
        <source>the secrets folder %1 cannot be read: %2</source>
        <translation>le dossier de secrets %1 est illisible : %2</translation>
    </message>
    <message>
        <source>the secrets folder %1 is not a folder</source>
        <translation>le dossier de secrets %1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the credentials folder %1 may be read by any user (mode %2); refusing to use it</source>
        <translation>le dossier d&apos;identifiants %1 est lisible par tous les utilisateurs (mode %2) ; refus de l&apos;utiliser</translation>
    </message>
    <message>
        <source>the secrets folder %1 belongs to another user; only a folder of your own is used</source>
        <translation>le dossier de secrets %1 appartient à un autre utilisateur ; seul un dossier vous appartenant est utilisé</translation>
    </message>
    <message>
        <source>the secrets folder %1 may be used by other users (mode %2); only its owner may have access (chmod 700 %1)</source>
        <translation>le dossier de secrets %1 est accessible à d&apos;autres utilisateurs (mode %2) ; seul son propriétaire doit y avoir accès (chmod 700 %1)</translation>
    </message>
    <message>
        <source>there is no secret named %1 in %2</source>
        <translation>il n&apos;y a pas de secret nommé %1 dans %2</translation>
    </message>
    <message>
        <source>the secret file %1 is a symbolic link; refusing to follow it</source>
        <translation>le fichier de secret %1 est un lien symbolique ; refus de le suivre</translation>
    </message>
    <message>
        <source>the secret file %1 cannot be read: %2</source>
        <translation>le fichier de secret %1 est illisible : %2</translation>
    </message>
    <message>
        <source>the secret file %1 is not a regular file</source>
        <translation>le fichier de secret %1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the secret file %1 belongs to another user; refusing to use it</source>
        <translation>le fichier de secret %1 appartient à un autre utilisateur ; refus de l&apos;utiliser</translation>
    </message>
    <message>
        <source>the secret file %1 may be read by other users (mode %2); only its owner may read it (chmod 600 %1)</source>
        <translation>le fichier de secret %1 est lisible par d&apos;autres utilisateurs (mode %2) ; seul son propriétaire doit pouvoir le lire (chmod 600 %1)</translation>
    </message>
    <message>
        <source>the credential %1 may be read by any user (mode %2); refusing to use it</source>
        <translation>l&apos;identifiant %1 est lisible par tous les utilisateurs (mode %2) ; refus de l&apos;utiliser</translation>
    </message>
    <message>
        <source>the secret file %1 is larger than %2 bytes</source>
        <translation>le fichier de secret %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation>le fichier de secret %1 est vide</translation>
    </message>
    <message>
        <source>systemd credentials are read-only; set them in the service&apos;s unit (LoadCredential= or SetCredentialEncrypted=)</source>
        <translation>les identifiants systemd sont en lecture seule ; définissez-les dans l&apos;unité du service (LoadCredential= ou SetCredentialEncrypted=)</translation>
    </message>
    <message>
        <source>the secrets folder %1 is read-only for Conductor; write or delete the file named after the secret yourself (mode 600)</source>
        <translation>le dossier de secrets %1 est en lecture seule pour Conductor ; écrivez ou supprimez vous-même le fichier portant le nom du secret (mode 600)</translation>
    </message>
</context>
<context>
    <name>Conductor::GateDialog</name>
    <message>
        <source>Gate: %1 — %2</source>
        <translation>Gate : %1 — %2</translation>
    </message>
    <message>
        <source>Gate details</source>
        <translation>Détails du gate</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Stage outputs</source>
        <translation>&amp;Sorties des étapes</translation>
    </message>
    <message>
        <source>CRITICAL — four-eyes rule and second factor</source>
        <translation>CRITIQUE — principe des quatre yeux et second facteur</translation>
    </message>
    <message>
        <source>Critical gate</source>
        <translation>Gate critique</translation>
    </message>
    <message>
        <source>Whether you may decide</source>
        <translation>Si vous pouvez décider</translation>
    </message>
    <message>
        <source>Budget requested</source>
        <translation>Budget demandé</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Stages, findings first</source>
        <translation>Étapes, constats d&apos;abord</translation>
    </message>
    <message>
        <source>Output of the selected stage</source>
        <translation>Sortie de l&apos;étape sélectionnée</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>Tokens to grant</source>
        <translation>Jetons à accorder</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Dollars to grant</source>
        <translation>Dollars à accorder</translation>
    </message>
    <message>
        <source>and &amp;USD</source>
        <translation>et &amp;USD</translation>
    </message>
    <message>
        <source>Grant &amp;tokens</source>
        <translation>Accorder des &amp;jetons</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Why you decide as you do (recorded with the decision)</source>
        <translation>Pourquoi vous décidez ainsi (enregistré avec la décision)</translation>
    </message>
    <message>
        <source>Conditions, one per line</source>
        <translation>Conditions, une par ligne</translation>
    </message>
    <message>
        <source>One per line, e.g. “Launch behind a feature flag”</source>
        <translation>Une par ligne, p. ex. « Lancer derrière un feature flag »</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <source>TOTP code</source>
        <translation>Code TOTP</translation>
    </message>
    <message>
        <source>6 to 8 digits from your authenticator app</source>
        <translation>6 à 8 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>6–8 digits</source>
        <translation>6 à 8 chiffres</translation>
    </message>
    <message>
        <source>TOTP &amp;code</source>
        <translation>&amp;Code TOTP</translation>
    </message>
    <message>
        <source>from your authenticator app</source>
        <translation>de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider p&amp;lus tard</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Fermer sans décider</translation>
    </message>
    <message>
        <source>Close; the gate keeps waiting (Esc)</source>
        <translation>Fermer ; le gate reste en attente (Échap)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the gate</source>
        <translation>Rejeter le gate</translation>
    </message>
    <message>
        <source>Reject: the execution fails. Notes are required.</source>
        <translation>Rejeter : l&apos;exécution échoue. Les notes sont obligatoires.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Approve the gate</source>
        <translation>Approuver le gate</translation>
    </message>
    <message>
        <source>Approve: the execution goes on (Ctrl+Return)</source>
        <translation>Approuver : l&apos;exécution continue (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Unknown gate</source>
        <translation>Gate inconnu</translation>
    </message>
    <message>
        <source>Execution %1 has no gate %2.</source>
        <translation>L&apos;exécution %1 n&apos;a pas de gate %2.</translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>Aucune raison n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>Point de contrôle :</translation>
    </message>
    <message>
        <source>Holds back:</source>
        <translation>Retient :</translation>
    </message>
    <message>
        <source>the %1 role or higher</source>
        <translation>le rôle %1 ou supérieur</translation>
    </message>
    <message>
        <source>(escalations: %1)</source>
        <translation>(escalades : %1)</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Décidé par :</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>If nobody decides:</source>
        <translation>Si personne ne décide :</translation>
    </message>
    <message>
        <source>&amp;Stage outputs (%1)</source>
        <translation>&amp;Sorties des étapes (%1)</translation>
    </message>
    <message>
        <source>There is nothing to decide here.</source>
        <translation>Il n&apos;y a rien à décider ici.</translation>
    </message>
    <message>
        <source>Nothing is left to decide.</source>
        <translation>Il ne reste rien à décider.</translation>
    </message>
    <message>
        <source>The execution has ended (%1); its gates can no longer be decided.</source>
        <translation>L&apos;exécution est terminée (%1) ; ses gates ne peuvent plus être décidés.</translation>
    </message>
    <message>
        <source>Read only: this gate is decided by the %1 role or higher, and you (%2) are %3.</source>
        <translation>Lecture seule : ce gate est décidé par le rôle %1 ou supérieur, et vous (%2) avez le rôle %3.</translation>
    </message>
    <message>
        <source>You started this execution, so you may not decide its critical gate (four-eyes rule): another reviewer must.</source>
        <translation>Vous avez démarré cette exécution, vous ne pouvez donc pas décider de son gate critique (principe des quatre yeux) : un autre réviseur doit le faire.</translation>
    </message>
    <message>
        <source>This critical gate needs a TOTP code, and you have no second factor yet. Enroll one with “conductor users enroll-totp %1”, then open the gate again.</source>
        <translation>Ce gate critique nécessite un code TOTP, et vous n&apos;avez pas encore de second facteur. Enregistrez-en un avec « conductor users enroll-totp %1 », puis rouvrez le gate.</translation>
    </message>
    <message>
        <source>Say why you reject it in the notes: they are recorded with the decision, and the execution fails.</source>
        <translation>Indiquez dans les notes pourquoi vous le rejetez : elles sont enregistrées avec la décision, et l&apos;exécution échoue.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>La décision n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Conductor::GateFacts</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚑ FLAG</source>
        <translation>⚑ SIGNALÉ</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ ÉCHEC</translation>
    </message>
    <message>
        <source>✓ PASS</source>
        <translation>✓ RÉUSSI</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>it passes to the %1 role, with a new deadline</source>
        <translation>il passe au rôle %1, avec une nouvelle échéance</translation>
    </message>
    <message>
        <source>it is approved without a reviewer</source>
        <translation>il est approuvé sans réviseur</translation>
    </message>
    <message>
        <source>it expires and the execution fails</source>
        <translation>il expire et l&apos;exécution échoue</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>%1 (passed %2 ago)</source>
        <translation>%1 (dépassée depuis %2)</translation>
    </message>
    <message>
        <source>This gate expired at %1 without a decision.</source>
        <translation>Ce gate a expiré à %1 sans décision.</translation>
    </message>
    <message>
        <source>This gate was %1 by its timeout at %2.</source>
        <translation>Ce gate a été %1 par son délai à %2.</translation>
    </message>
    <message>
        <source>This gate was already %1 by %2 at %3.</source>
        <translation>Ce gate a déjà été %1 par %2 à %3.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Démarrée par</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Used so far</source>
        <translation>Utilisé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Held by running attempts</source>
        <translation>Réservé par les tentatives en cours</translation>
    </message>
    <message>
        <source>Still to run (estimate)</source>
        <translation>Reste à exécuter (estimation)</translation>
    </message>
    <message>
        <source>≈ %1 · stages left: %2</source>
        <translation>≈ %1 · étapes restantes : %2</translation>
    </message>
    <message>
        <source>Expected in all</source>
        <translation>Prévu au total</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Still to run</source>
        <translation>Reste à exécuter</translation>
    </message>
    <message>
        <source>stages left: %1, no estimate recorded</source>
        <translation>étapes restantes : %1, aucune estimation enregistrée</translation>
    </message>
    <message>
        <source>%1 for this execution</source>
        <translation>%1 pour cette exécution</translation>
    </message>
    <message>
        <source>+ %1 granted</source>
        <translation>+ %1 accordé</translation>
    </message>
    <message>
        <source>(the expected cost is above it)</source>
        <translation>(le coût prévu le dépasse)</translation>
    </message>
    <message>
        <source>Cost limit</source>
        <translation>Limite de coût</translation>
    </message>
    <message>
        <source>none of its own; today&apos;s budget is %1</source>
        <translation>aucune en propre ; le budget du jour est de %1</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Budget de jetons</translation>
    </message>
    <message>
        <source>Needed now</source>
        <translation>Nécessaire maintenant</translation>
    </message>
    <message>
        <source>Default grant</source>
        <translation>Octroi par défaut</translation>
    </message>
    <message>
        <source>%1 (what finishing the execution takes)</source>
        <translation>%1 (ce qu&apos;il faut pour terminer l&apos;exécution)</translation>
    </message>
    <message>
        <source>Budget that ran out</source>
        <translation>Budget épuisé</translation>
    </message>
    <message>
        <source>today&apos;s (%1)</source>
        <translation>celui du jour (%1)</translation>
    </message>
    <message>
        <source>this execution&apos;s</source>
        <translation>celui de cette exécution</translation>
    </message>
    <message>
        <source>Emergency reserve left today</source>
        <translation>Réserve d&apos;urgence restante aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Approving grants the amounts below: tokens come from today&apos;s emergency reserve, dollars go beyond the budgets.</source>
        <translation>Approuver accorde les montants ci-dessous : les jetons proviennent de la réserve d&apos;urgence du jour, les dollars s&apos;ajoutent aux budgets.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No stage has given a verdict yet.</source>
        <translation>Aucune étape n&apos;a encore rendu de verdict.</translation>
    </message>
    <message>
        <source>No stage flagged or failed.</source>
        <translation>Aucune étape signalée ou échouée.</translation>
    </message>
    <message>
        <source>Other verdicts: %1</source>
        <translation>Autres verdicts : %1</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — terminé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>*%1 gave no output.*</source>
        <translation>*%1 n&apos;a produit aucune sortie.*</translation>
    </message>
    <message>
        <source>%1 — ✗ failed</source>
        <translation>%1 — ✗ échec</translation>
    </message>
    <message>
        <source>**%1 failed** (%2): %3</source>
        <translation>**%1 a échoué** (%2) : %3</translation>
    </message>
    <message>
        <source>%1 — skipped</source>
        <translation>%1 — ignorée</translation>
    </message>
    <message>
        <source>*%1 was skipped.*</source>
        <translation>*%1 a été ignorée.*</translation>
    </message>
    <message>
        <source>%1 — running</source>
        <translation>%1 — en cours</translation>
    </message>
    <message>
        <source>*%1 is running (attempt %2).*</source>
        <translation>*%1 est en cours (tentative %2).*</translation>
    </message>
</context>
<context>
    <name>Conductor::GatePrompt</name>
    <message>
        <source>%1 is critical: someone other than %2 decides it, with a TOTP code: conductor approve %3 --code CODE</source>
        <translation>%1 est critique : une personne autre que %2 le décide, avec un code TOTP : conductor approve %3 --code CODE</translation>
    </message>
    <message>
        <source>%1 needs a reviewer with the role %2: conductor approve %3</source>
        <translation>%1 nécessite un réviseur ayant le rôle %2 : conductor approve %3</translation>
    </message>
    <message>
        <source>Gate %1 (%2)</source>
        <translation>Gate %1 (%2)</translation>
    </message>
    <message>
        <source>Cost so far: %1, %2 tokens</source>
        <translation>Coût jusqu&apos;ici : %1, %2 jetons</translation>
    </message>
    <message>
        <source>Verdict of %1: %2</source>
        <translation>Verdict de %1 : %2</translation>
    </message>
    <message>
        <source>Output of %1:</source>
        <translation>Sortie de %1 :</translation>
    </message>
    <message>
        <source>Approve %1? [a]pprove, [r]eject, [w]ait for a decision from elsewhere: </source>
        <translation>Approuver %1 ? [a]pprouver, [r]ejeter, [w] attendre une décision prise ailleurs : </translation>
    </message>
    <message>
        <source>the gate was decided elsewhere</source>
        <translation>le gate a été décidé ailleurs</translation>
    </message>
    <message>
        <source>waiting; decide with: conductor approve %1</source>
        <translation>en attente ; décidez avec : conductor approve %1</translation>
    </message>
    <message>
        <source>Answer a, r or w: </source>
        <translation>Répondez a, r ou w : </translation>
    </message>
    <message>
        <source>Notes (recorded; Enter for none): </source>
        <translation>Notes (enregistrées ; Entrée pour aucune) : </translation>
    </message>
    <message>
        <source>Approving grants %1 tokens from the emergency reserve and %2 beyond the budgets: what finishing the execution takes</source>
        <translation>Approuver accorde %1 jetons de la réserve d&apos;urgence et %2 au-delà des budgets : ce qu&apos;il faut pour terminer l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>Conductor::GateReview</name>
    <message>
        <source>Gate %1 is not in execution %2</source>
        <translation>Le gate %1 n&apos;appartient pas à l&apos;exécution %2</translation>
    </message>
</context>
<context>
    <name>Conductor::GatesCommand</name>
    <message>
        <source>Lists the gates waiting for a decision.</source>
        <translation>Liste les gates en attente de décision.</translation>
    </message>
    <message>
        <source>List decided gates too.</source>
        <translation>Lister aussi les gates décidés.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>No gates.</source>
        <translation>Aucun gate.</translation>
    </message>
    <message>
        <source>No gate waits for a decision.</source>
        <translation>Aucun gate n&apos;attend de décision.</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (critique)</translation>
    </message>
    <message>
        <source>approve or reject.</source>
        <translation>approve ou reject.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Pourquoi (enregistré).</translation>
    </message>
    <message>
        <source>A condition attached to the approval.</source>
        <translation>Une condition attachée à l&apos;approbation.</translation>
    </message>
    <message>
        <source>The gate&apos;s id.</source>
        <translation>L&apos;id du gate.</translation>
    </message>
    <message>
        <source>approve needs one gate id</source>
        <translation>approve nécessite un seul id de gate</translation>
    </message>
    <message>
        <source>--decision is approve or reject, not &apos;%1&apos;</source>
        <translation>--decision vaut approve ou reject, pas « %1 »</translation>
    </message>
    <message>
        <source>no gate %1</source>
        <translation>aucun gate %1</translation>
    </message>
    <message>
        <source>gate %1 was already %2 by %3</source>
        <translation>le gate %1 a déjà été %2 par %3</translation>
    </message>
    <message>
        <source>cannot record the decision</source>
        <translation>impossible d&apos;enregistrer la décision</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 approuvé</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rejeté</translation>
    </message>
    <message>
        <source>list gates</source>
        <translation>lister les gates</translation>
    </message>
    <message>
        <source>%1  %2  %3%4  %5 (%6 or higher): %7 (cost so far %8)</source>
        <translation>%1  %2  %3%4  %5 (%6 ou supérieur) : %7 (coût jusqu&apos;ici %8)</translation>
    </message>
    <message>
        <source>Decides a gate as the local operator. A critical gate needs the reviewer&apos;s TOTP code and may not be decided by whoever started its execution.</source>
        <translation>Décide d&apos;un gate en tant qu&apos;opérateur local. Un gate critique nécessite le code TOTP du réviseur et ne peut pas être décidé par la personne qui a démarré son exécution.</translation>
    </message>
    <message>
        <source>Your TOTP code (critical gates; asked for on a terminal when missing).</source>
        <translation>Votre code TOTP (gates critiques ; demandé sur un terminal s&apos;il manque).</translation>
    </message>
    <message>
        <source>decide gates</source>
        <translation>décider des gates</translation>
    </message>
    <message>
        <source>%1 may not decide gate %2: it needs the role %3 or higher, and %1 is %4</source>
        <translation>%1 ne peut pas décider du gate %2 : il faut le rôle %3 ou supérieur, et %1 a le rôle %4</translation>
    </message>
    <message>
        <source>%1 started execution %2 and may not decide its critical gate %3; another reviewer must</source>
        <translation>%1 a démarré l&apos;exécution %2 et ne peut pas décider de son gate critique %3 ; un autre réviseur doit le faire</translation>
    </message>
    <message>
        <source>TOTP code for %1: </source>
        <translation>Code TOTP pour %1 : </translation>
    </message>
    <message>
        <source>gate %1 is critical: give your TOTP code with --code</source>
        <translation>le gate %1 est critique : donnez votre code TOTP avec --code</translation>
    </message>
    <message>
        <source>--grant-tokens takes a whole number of tokens, such as 40000</source>
        <translation>--grant-tokens attend un nombre entier de jetons, comme 40000</translation>
    </message>
    <message>
        <source>--grant-usd takes an amount in USD, such as 3.20</source>
        <translation>--grant-usd attend un montant en USD, comme 3.20</translation>
    </message>
    <message>
        <source>--grant-tokens and --grant-usd go with an approval</source>
        <translation>--grant-tokens et --grant-usd accompagnent une approbation</translation>
    </message>
    <message>
        <source>gate %1 is a %2 gate: only a budget gate grants tokens or dollars</source>
        <translation>le gate %1 est un gate %2 : seul un gate de budget accorde des jetons ou des dollars</translation>
    </message>
    <message>
        <source>A budget gate: tokens to grant from the day&apos;s emergency reserve (default: what the gate says finishing the execution takes).</source>
        <translation>Un gate de budget : jetons à accorder depuis la réserve d&apos;urgence du jour (par défaut : ce que le gate indique pour terminer l&apos;exécution).</translation>
    </message>
    <message>
        <source>A budget gate: dollars to grant beyond the budgets (default: what the gate says finishing the execution takes).</source>
        <translation>Un gate de budget : dollars à accorder au-delà des budgets (par défaut : ce que le gate indique pour terminer l&apos;exécution).</translation>
    </message>
</context>
<context>
    <name>Conductor::GatesModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (critique)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Why it opened</source>
        <translation>Raison de l&apos;ouverture</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>Conductor::HeadlessCommand</name>
    <message>
        <source>Runs Conductor without a window and serves its REST API.</source>
        <translation>Exécute Conductor sans fenêtre et sert son API REST.</translation>
    </message>
    <message>
        <source>Run without a window, serving the REST API.</source>
        <translation>Fonctionner sans fenêtre, en servant l&apos;API REST.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one). Addresses other than loopback need TLS.</source>
        <translation>L&apos;adresse et le port d&apos;écoute (par défaut 127.0.0.1:8080 ; le port 0 en choisit un libre). Les adresses autres que le bouclage nécessitent TLS.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HÔTE:PORT</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM).</source>
        <translation>Le certificat du serveur (PEM).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>La clé privée du certificat (PEM, non chiffrée).</translation>
    </message>
    <message>
        <source>Where executions write their report bundles.</source>
        <translation>Où les exécutions écrivent leurs dossiers de rapport.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, such as 127.0.0.1:8080, not &apos;%1&apos;</source>
        <translation>--listen attend HÔTE:PORT, comme 127.0.0.1:8080, pas « %1 »</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key vont ensemble</translation>
    </message>
    <message>
        <source>refusing to listen on %1 without TLS: give --tls-cert and --tls-key, or listen on 127.0.0.1</source>
        <translation>refus d&apos;écouter sur %1 sans TLS : donnez --tls-cert et --tls-key, ou écoutez sur 127.0.0.1</translation>
    </message>
    <message>
        <source>cannot watch for signals</source>
        <translation>impossible de surveiller les signaux</translation>
    </message>
    <message>
        <source>The API cannot check tokens without its signing key: %1</source>
        <translation>L&apos;API ne peut pas vérifier les jetons d&apos;accès sans sa clé de signature : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::IdeaRows</name>
    <message>
        <source>an idea with id %1 exists already</source>
        <translation>une idée d&apos;id %1 existe déjà</translation>
    </message>
    <message>
        <source>Cannot record the idea: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;idée : %1</translation>
    </message>
    <message>
        <source>Cannot read the ideas: %1</source>
        <translation>Impossible de lire les idées : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::InterventionDialog</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel execution</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Skip stage</source>
        <translation>Ignorer l&apos;étape</translation>
    </message>
    <message>
        <source>Retry stage</source>
        <translation>Relancer l&apos;étape</translation>
    </message>
    <message>
        <source>Change retry strategy</source>
        <translation>Changer la stratégie de relance</translation>
    </message>
    <message>
        <source>Change agent</source>
        <translation>Changer d&apos;agent</translation>
    </message>
    <message>
        <source>Override budget</source>
        <translation>Dépasser le budget</translation>
    </message>
    <message>
        <source>Running attempts finish; nothing new starts until it is resumed.</source>
        <translation>Les tentatives en cours se terminent ; rien de nouveau ne démarre avant la reprise.</translation>
    </message>
    <message>
        <source>It goes on where it stopped.</source>
        <translation>Elle reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Running attempts are stopped and what they held is released. A cancelled execution cannot be resumed.</source>
        <translation>Les tentatives en cours sont arrêtées et leurs réservations libérées. Une exécution annulée ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>The stage is marked skipped and the stages after it go on without its output.</source>
        <translation>L&apos;étape est marquée comme ignorée et les étapes suivantes continuent sans sa sortie.</translation>
    </message>
    <message>
        <source>The stage runs again from a fresh attempt, and so does what needs it.</source>
        <translation>L&apos;étape est relancée avec une nouvelle tentative, de même que ce qui en dépend.</translation>
    </message>
    <message>
        <source>The stage&apos;s next attempts wait and give up as the strategy says.</source>
        <translation>Les prochaines tentatives de l&apos;étape attendent et abandonnent selon la stratégie.</translation>
    </message>
    <message>
        <source>The stage&apos;s next attempts run with the chosen agent.</source>
        <translation>Les prochaines tentatives de l&apos;étape s&apos;exécutent avec l&apos;agent choisi.</translation>
    </message>
    <message>
        <source>The execution may spend this much beyond its budgets: dollars, and tokens from the day&apos;s emergency reserve.</source>
        <translation>L&apos;exécution peut dépenser ce montant au-delà de ses budgets : des dollars, et des jetons de la réserve d&apos;urgence du jour.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Étape :</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>S&amp;tratégie :</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>Dollars to grant</source>
        <translation>Dollars à accorder</translation>
    </message>
    <message>
        <source>&amp;Dollars:</source>
        <translation>&amp;Dollars :</translation>
    </message>
    <message>
        <source>Tokens to grant from the emergency reserve</source>
        <translation>Jetons à accorder depuis la réserve d&apos;urgence</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Jetons :</translation>
    </message>
    <message>
        <source>Why? It is recorded with your name.</source>
        <translation>Pourquoi ? C&apos;est enregistré avec votre nom.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Laisser tourner</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Reto&amp;ur</translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation>Fermer sans rien faire</translation>
    </message>
    <message>
        <source>Checking your role…</source>
        <translation>Vérification de votre rôle…</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs the role %2, and %1 is %3</source>
        <translation>%1 ne peut pas faire cela : il faut le rôle %2, et %1 a le rôle %3</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>Conductor::KeyMetrics</name>
    <message>
        <source>The key metrics could not be read: %1</source>
        <translation>Impossible de lire les métriques clés : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::KeychainSecrets</name>
    <message>
        <source>the keychain is locked; unlock it and try again</source>
        <translation>le trousseau est verrouillé ; déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>access to the keychain was refused; allow it and try again</source>
        <translation>l&apos;accès au trousseau a été refusé ; autorisez-le et réessayez</translation>
    </message>
    <message>
        <source>the system keychain is unavailable: %1</source>
        <translation>le trousseau du système est indisponible : %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>there is no secret named %1 in the system keychain</source>
        <translation>il n&apos;y a pas de secret nommé %1 dans le trousseau du système</translation>
    </message>
    <message>
        <source>a secret cannot be empty</source>
        <translation>un secret ne peut pas être vide</translation>
    </message>
    <message>
        <source>a secret is at most %1 bytes</source>
        <translation>un secret fait au plus %1 octets</translation>
    </message>
    <message>
        <source>%1 was stored, but the list of names could not be updated: %2</source>
        <translation>%1 a été enregistré, mais la liste des noms n&apos;a pas pu être mise à jour : %2</translation>
    </message>
    <message>
        <source>%1 was deleted, but the list of names could not be updated: %2</source>
        <translation>%1 a été supprimé, mais la liste des noms n&apos;a pas pu être mise à jour : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::LedgerRows</name>
    <message>
        <source>Spending on %1 reached $%2, past the alert threshold of $%3 (budgets.cost.alertThresholdUSD)</source>
        <translation>Les dépenses du %1 ont atteint %2 $, au-delà du seuil d&apos;alerte de %3 $ (budgets.cost.alertThresholdUSD)</translation>
    </message>
</context>
<context>
    <name>Conductor::LineDiff</name>
    <message>
        <source>(the diff is cut here: it is longer than %1 characters)</source>
        <translation>(le diff est coupé ici : il dépasse %1 caractères)</translation>
    </message>
</context>
<context>
    <name>Conductor::LlmAgent</name>
    <message>
        <source>no place to read the secret %1 from</source>
        <translation>aucun endroit où lire le secret %1</translation>
    </message>
    <message>
        <source>the secret %1 is empty; set it with conductor secrets set %1</source>
        <translation>le secret %1 est vide ; définissez-le avec conductor secrets set %1</translation>
    </message>
    <message>
        <source>no secret named %1; set it with conductor secrets set %1</source>
        <translation>aucun secret nommé %1 ; définissez-le avec conductor secrets set %1</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now</source>
        <translation>le secret %1 est illisible pour l&apos;instant</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now: %2</source>
        <translation>le secret %1 est illisible pour l&apos;instant : %2</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>pas d&apos;accès au réseau</translation>
    </message>
    <message>
        <source>the provider %1 has no usable base URL: %2</source>
        <translation>le fournisseur %1 n&apos;a pas d&apos;URL de base utilisable : %2</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2</source>
        <translation>%1 n&apos;a pas donné de réponse complète en %2</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 broke off its answer: %2</source>
        <translation>%1 a interrompu sa réponse : %2</translation>
    </message>
    <message>
        <source>the answer from %1 broke off: %2</source>
        <translation>la réponse de %1 s&apos;est interrompue : %2</translation>
    </message>
    <message>
        <source>the answer from %1 ended before its end mark</source>
        <translation>la réponse de %1 s&apos;est terminée avant sa marque de fin</translation>
    </message>
    <message>
        <source>%1 sent an answer that cannot be read: %2</source>
        <translation>%1 a envoyé une réponse illisible : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::MainWindow</name>
    <message>
        <source>Conductor</source>
        <translation>Conductor</translation>
    </message>
    <message>
        <source>Configuration: built-in</source>
        <translation>Configuration : intégrée</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration : %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Conductor</source>
        <translation>À &amp;propos de Conductor</translation>
    </message>
    <message>
        <source>About Conductor</source>
        <translation>À propos de Conductor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conductor %1&lt;/h3&gt;&lt;p&gt;Orchestrates multi-stage AI-agent pipelines with budgets and quality gates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conductor %1&lt;/h3&gt;&lt;p&gt;Orchestre des pipelines d&apos;agents d&apos;IA en plusieurs étapes, avec budgets et gates de qualité.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>Spending today</source>
        <translation>Dépenses du jour</translation>
    </message>
    <message>
        <source>Gates waiting for a decision</source>
        <translation>Gates en attente de décision</translation>
    </message>
    <message>
        <source>Decide a gate with: conductor approve GATE_ID --decision approve|reject</source>
        <translation>Décidez d&apos;un gate avec : conductor approve GATE_ID --decision approve|reject</translation>
    </message>
    <message>
        <source>Gates (%1)</source>
        <translation>Gates (%1)</translation>
    </message>
    <message>
        <source>Conductor — gates waiting: %1</source>
        <translation>Conductor — gates en attente : %1</translation>
    </message>
    <message>
        <source>Today: unknown</source>
        <translation>Aujourd&apos;hui : inconnu</translation>
    </message>
    <message>
        <source>Today: %1 of %2</source>
        <translation>Aujourd&apos;hui : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 tokens used today; %3 held by running attempts</source>
        <translation>%1 jetons sur %2 utilisés aujourd&apos;hui ; %3 réservés par les tentatives en cours</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation>Alerte de budget</translation>
    </message>
    <message>
        <source>Storage failed</source>
        <translation>Échec du stockage</translation>
    </message>
    <message>
        <source>The database could not record the engine&apos;s work: %1
Running executions stop; nothing recorded is lost.</source>
        <translation>La base de données n&apos;a pas pu enregistrer le travail du moteur : %1
Les exécutions en cours s&apos;arrêtent ; rien de ce qui est enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1 : %2 effectué</translation>
    </message>
    <message>
        <source>Gate %1 approved</source>
        <translation>Gate %1 approuvé</translation>
    </message>
    <message>
        <source>Gate %1 rejected</source>
        <translation>Gate %1 rejeté</translation>
    </message>
    <message>
        <source>Engine: starting…</source>
        <translation>Moteur : démarrage…</translation>
    </message>
    <message>
        <source>Engine: ready · executions here: %1</source>
        <translation>Moteur : prêt · exécutions ici : %1</translation>
    </message>
    <message>
        <source>Engine: stopped — %1</source>
        <translation>Moteur : arrêté — %1</translation>
    </message>
    <message>
        <source>Show Conductor</source>
        <translation>Afficher Conductor</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Gate waiting: %1</source>
        <translation>Gate en attente : %1</translation>
    </message>
    <message>
        <source>Gates waiting: %1</source>
        <translation>Gates en attente : %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>%1 démarrée</translation>
    </message>
    <message>
        <source>Review gate %1…</source>
        <translation>Examiner le gate %1…</translation>
    </message>
    <message>
        <source>%1 “%2”…</source>
        <translation>%1 « %2 »…</translation>
    </message>
    <message>
        <source>Open a gate (double-click or Enter) to review and decide it; or use: conductor approve GATE_ID --decision approve|reject</source>
        <translation>Ouvrez un gate (double-clic ou Entrée) pour l&apos;examiner et en décider ; ou utilisez : conductor approve GATE_ID --decision approve|reject</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Nouveau pipeline…</translation>
    </message>
    <message>
        <source>E&amp;xecution</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit the graph</source>
        <translation>A&amp;juster le graphe</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The configuration was saved but is not valid; nothing was applied.</source>
        <translation>La configuration a été enregistrée mais n&apos;est pas valide ; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Configuration applied: new executions start with it.</source>
        <translation>Configuration appliquée : les nouvelles exécutions démarrent avec elle.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API : %1</translation>
    </message>
    <message>
        <source>The REST API is served on %1</source>
        <translation>L&apos;API REST est servie sur %1</translation>
    </message>
    <message>
        <source>REST API: %1</source>
        <translation>API REST : %1</translation>
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alerte résolue : %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <source>Alert %1 (%2)</source>
        <translation>Alerte %1 (%2)</translation>
    </message>
    <message>
        <source>Engine: slow (%1 ms late) · executions here: %2</source>
        <translation>Moteur : lent (%1 ms de retard) · exécutions ici : %2</translation>
    </message>
    <message>
        <source>The engine&apos;s responsiveness has not been measured yet</source>
        <translation>La réactivité du moteur n&apos;a pas encore été mesurée</translation>
    </message>
    <message>
        <source>The engine answered within %1 ms over the last minute (now %2 ms)</source>
        <translation>Le moteur a répondu en %1 ms au cours de la dernière minute (actuellement %2 ms)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Start a &amp;demo run</source>
        <translation>Lancer une exécution de &amp;démonstration</translation>
    </message>
    <message>
        <source>Starts the shipped I2S pipeline on a sample idea; its first gate waits for your decision</source>
        <translation>Démarre le pipeline I2S fourni sur une idée d&apos;exemple ; son premier gate attend votre décision</translation>
    </message>
    <message>
        <source>Starting a demo run…</source>
        <translation>Démarrage d&apos;une exécution de démonstration…</translation>
    </message>
    <message>
        <source>Demo run %1 started: its first gate will ask you for a decision.</source>
        <translation>Exécution de démonstration %1 démarrée : son premier gate vous demandera une décision.</translation>
    </message>
    <message>
        <source>No demo run started: %1</source>
        <translation>Aucune exécution de démonstration démarrée : %1</translation>
    </message>
    <message>
        <source>Start a demo run</source>
        <translation>Lancer une exécution de démonstration</translation>
    </message>
</context>
<context>
    <name>Conductor::MemorySecrets</name>
    <message>
        <source>there is no secret named %1</source>
        <translation>il n&apos;y a pas de secret nommé %1</translation>
    </message>
    <message>
        <source>a secret cannot be empty</source>
        <translation>un secret ne peut pas être vide</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <source>the system keychain is unavailable: simulated</source>
        <translation>le trousseau du système est indisponible : simulé</translation>
    </message>
</context>
<context>
    <name>Conductor::MetricTile</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>Conductor::MetricsCommand</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉES</translation>
    </message>
    <message>
        <source>RECOVERED</source>
        <translation>RÉTABLIES</translation>
    </message>
    <message>
        <source>RECOVERY</source>
        <translation>RÉTABLISSEMENT</translation>
    </message>
    <message>
        <source>MEAN SUCCESS</source>
        <translation>RÉUSSITE MOYENNE</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>JETONS</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COÛT</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Key metrics from %1 to %2 (%3)</source>
        <translation>Métriques clés du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Executions that ended: %1 completed, %2 failed, %3 cancelled</source>
        <translation>Exécutions finies : %1 terminées, %2 échouées, %3 annulées</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRIQUE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <source>Pipeline success rate</source>
        <translation>Taux de réussite des pipelines</translation>
    </message>
    <message>
        <source>%1 completed of %2 that completed or failed</source>
        <translation>%1 terminées sur %2 terminées ou échouées</translation>
    </message>
    <message>
        <source>Average execution time</source>
        <translation>Durée moyenne d&apos;exécution</translation>
    </message>
    <message>
        <source>p50 %1, p95 %2</source>
        <translation>p50 %1, p95 %2</translation>
    </message>
    <message>
        <source>Tokens per completed execution</source>
        <translation>Jetons par exécution terminée</translation>
    </message>
    <message>
        <source>%1 tokens in all</source>
        <translation>%1 jetons au total</translation>
    </message>
    <message>
        <source>Dollars per completed execution</source>
        <translation>Dollars par exécution terminée</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>Gate first-approval rate</source>
        <translation>Taux d&apos;approbation des gates à la première décision</translation>
    </message>
    <message>
        <source>%1 approved at the first decision of %2 decided</source>
        <translation>%1 approuvés à la première décision sur %2 décidés</translation>
    </message>
    <message>
        <source>Error recovery rate</source>
        <translation>Taux de rétablissement après erreur</translation>
    </message>
    <message>
        <source>%1 recovered by a retry of %2 failed attempts</source>
        <translation>%1 rétablies par une relance sur %2 tentatives échouées</translation>
    </message>
    <message>
        <source>No stage ran in the window.</source>
        <translation>Aucune étape n&apos;a été exécutée dans la période.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>Shows the key metrics of the executions that ended in a window of time: pipeline success rate, execution time, tokens and dollars per completed execution, gate first-approval rate and error recovery rate, per stage and per agent.</source>
        <translation>Affiche les métriques clés des exécutions finies dans une période : taux de réussite des pipelines, durée d&apos;exécution, jetons et dollars par exécution terminée, taux d&apos;approbation des gates à la première décision et taux de rétablissement après erreur, par étape et par agent.</translation>
    </message>
    <message>
        <source>How far back the window reaches, such as 1h, 24h, 7d or 30d (default: 24h).</source>
        <translation>Jusqu&apos;où remonte la période, comme 1h, 24h, 7d ou 30d (par défaut : 24h).</translation>
    </message>
    <message>
        <source>The end of the window, in ISO 8601 such as 2026-03-10T12:00:00Z (default: now).</source>
        <translation>La fin de la période, en ISO 8601 comme 2026-03-10T12:00:00Z (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>--window: %1</source>
        <translation>--window : %1</translation>
    </message>
    <message>
        <source>--window must be longer than nothing, not &apos;%1&apos;</source>
        <translation>--window doit être plus long que rien, pas « %1 »</translation>
    </message>
    <message>
        <source>--until takes a time such as 2026-03-10T12:00:00Z, not &apos;%1&apos;</source>
        <translation>--until attend un instant comme 2026-03-10T12:00:00Z, pas « %1 »</translation>
    </message>
    <message>
        <source>read the metrics</source>
        <translation>lire les métriques</translation>
    </message>
    <message>
        <source>cannot read the metrics: %1</source>
        <translation>impossible de lire les métriques : %1</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4), in buckets of %5</source>
        <translation>%1 du %2 au %3 (%4), par intervalles de %5</translation>
    </message>
    <message>
        <source>No samples in the window.</source>
        <translation>Aucun échantillon dans la période.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>SAMPLES</source>
        <translation>ÉCHANTILLONS</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MOYENNE</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>DERNIÈRE</translation>
    </message>
    <message>
        <source>Instead of the key metrics, the samples the alert monitor stored of one metric (one an alert rule may name, such as engine_loop_latency_ms), decimated: each line the minimum, mean, maximum and last value of a bucket.</source>
        <translation>Au lieu des métriques clés, les échantillons d&apos;une métrique conservés par le moniteur d&apos;alertes (une métrique qu&apos;une règle d&apos;alerte peut nommer, comme engine_loop_latency_ms), décimés : chaque ligne donne le minimum, la moyenne, le maximum et la dernière valeur d&apos;un intervalle.</translation>
    </message>
    <message>
        <source>With --series: the execution whose series it is, for the per-execution metrics (default: the whole installation&apos;s).</source>
        <translation>Avec --series : l&apos;exécution à laquelle appartient la série, pour les métriques par exécution (par défaut : celles de toute l&apos;installation).</translation>
    </message>
    <message>
        <source>With --series: at most this many buckets, 1 to 10000 (default: 60).</source>
        <translation>Avec --series : au plus ce nombre d&apos;intervalles, de 1 à 10000 (par défaut : 60).</translation>
    </message>
    <message>
        <source>--subject and --width go with --series</source>
        <translation>--subject et --width accompagnent --series</translation>
    </message>
    <message>
        <source>--series: unknown metric &apos;%1&apos;; known metrics: %2</source>
        <translation>--series : métrique inconnue « %1 » ; métriques connues : %2</translation>
    </message>
    <message>
        <source>--width takes a number from 1 to 10000, not &apos;%1&apos;</source>
        <translation>--width attend un nombre de 1 à 10000, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot read the series: %1</source>
        <translation>impossible de lire la série : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::NewPipelineDialog</name>
    <message>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the pipeline</source>
        <translation>Démarrer le pipeline</translation>
    </message>
    <message>
        <source>The shipped I2S pipeline</source>
        <translation>Le pipeline I2S fourni</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Optional: the description&apos;s first sentence</source>
        <translation>Facultatif : la première phrase de la description</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>What is the idea? A sentence or more.</source>
        <translation>Quelle est l&apos;idée ? Une phrase ou plus.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>metadata.domain: a regulated domain (such as finance or healthcare) opens a human approval gate</source>
        <translation>metadata.domain : un domaine réglementé (comme la finance ou la santé) ouvre un gate d&apos;approbation humaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <source>metadata.accountTier: enterprise accounts get a compliance check</source>
        <translation>metadata.accountTier : les comptes entreprise font l&apos;objet d&apos;un contrôle de conformité</translation>
    </message>
    <message>
        <source>Account tier</source>
        <translation>Niveau de compte</translation>
    </message>
    <message>
        <source>Account &amp;tier:</source>
        <translation>&amp;Niveau de compte :</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>metadata.loadEstimate: 10,000 or more opens a performance review</source>
        <translation>metadata.loadEstimate : 10 000 ou plus ouvre une revue des performances</translation>
    </message>
    <message>
        <source>Load estimate</source>
        <translation>Charge estimée</translation>
    </message>
    <message>
        <source>&amp;Load estimate:</source>
        <translation>&amp;Charge estimée :</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>More metadata</source>
        <translation>Autres métadonnées</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation>Ajouter une entrée de métadonnées</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Supprimer l&apos;entrée de métadonnées sélectionnée</translation>
    </message>
    <message>
        <source>More metadata:</source>
        <translation>Autres métadonnées :</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose a pipeline file</source>
        <translation>Choisir un fichier de pipeline</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline :</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;At most</source>
        <translation>&amp;Au plus</translation>
    </message>
    <message>
        <source>Maximum cost in USD</source>
        <translation>Coût maximal en USD</translation>
    </message>
    <message>
        <source>Limit the cost</source>
        <translation>Limiter le coût</translation>
    </message>
    <message>
        <source>Max cost:</source>
        <translation>Coût max. :</translation>
    </message>
    <message>
        <source>none, or such as 30m or 2h</source>
        <translation>aucun, ou par exemple 30m ou 2h</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Dé&amp;lai :</translation>
    </message>
    <message>
        <source>Approve gates that are not critical as me</source>
        <translation>Approuver en mon nom les gates non critiques</translation>
    </message>
    <message>
        <source>Needs the role approver; critical gates still wait for another reviewer</source>
        <translation>Nécessite le rôle approver ; les gates critiques attendent toujours un autre réviseur</translation>
    </message>
    <message>
        <source>Approve gates that are not critical</source>
        <translation>Approuver les gates non critiques</translation>
    </message>
    <message>
        <source>Budget Check</source>
        <translation>Vérification du budget</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimation…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Estimate per stage</source>
        <translation>Estimation par étape</translation>
    </message>
    <message>
        <source>Describe the idea first.</source>
        <translation>Décrivez d&apos;abord l&apos;idée.</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Délai : %1</translation>
    </message>
    <message>
        <source>at least 1s</source>
        <translation>au moins 1s</translation>
    </message>
    <message>
        <source>Choose a pipeline.</source>
        <translation>Choisissez un pipeline.</translation>
    </message>
    <message>
        <source>The pipeline or configuration is not valid: %1</source>
        <translation>Le pipeline ou la configuration n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Expected: ≈ %1 tokens, ≈ %2.</source>
        <translation>Prévu : ≈ %1 jetons, ≈ %2.</translation>
    </message>
    <message>
        <source>Left today: %1 tokens, %2 (a pipeline may use %3 tokens).</source>
        <translation>Restant aujourd&apos;hui : %1 jetons, %2 (un pipeline peut utiliser %3 jetons).</translation>
    </message>
    <message>
        <source>It fits.</source>
        <translation>Cela tient dans le budget.</translation>
    </message>
    <message>
        <source>It would be refused:</source>
        <translation>Ce serait refusé :</translation>
    </message>
    <message>
        <source>from recent attempts (%1)</source>
        <translation>d&apos;après les tentatives récentes (%1)</translation>
    </message>
    <message>
        <source>from the pipeline&apos;s figures</source>
        <translation>d&apos;après les chiffres du pipeline</translation>
    </message>
    <message>
        <source>%1 may not start executions: that needs the role operator, and %1 is %2</source>
        <translation>%1 ne peut pas démarrer d&apos;exécutions : il faut le rôle operator, et %1 a le rôle %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Choose a pipeline</source>
        <translation>Choisir un pipeline</translation>
    </message>
    <message>
        <source>Pipelines (*.yml *.yaml)</source>
        <translation>Pipelines (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid pipeline:
%2</source>
        <translation>%1 n&apos;est pas un pipeline valide :
%2</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 n&apos;est pas un utilisateur de cette base de données.</translation>
    </message>
</context>
<context>
    <name>Conductor::NodeDetails</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Select a stage to see its output, errors and attempts.</source>
        <translation>Sélectionnez une étape pour voir sa sortie, ses erreurs et ses tentatives.</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Pas encore de sortie.</translation>
    </message>
    <message>
        <source>Stage output</source>
        <translation>Sortie de l&apos;étape</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent override</source>
        <translation>Agent de remplacement</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Retry due</source>
        <translation>Relance prévue</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Budget gate</source>
        <translation>Gate de budget</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>Gates that may open</source>
        <translation>Gates susceptibles de s&apos;ouvrir</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Gates (%1)</source>
        <translation>Gates (%1)</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation>bloqué (%1)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Conductor::NodeSummary</name>
    <message>
        <source> (critical)</source>
        <extracomment>Appended to a gate that asks for a second factor.</extracomment>
        <translation> (critique)</translation>
    </message>
    <message>
        <source>Waiting for budget approval</source>
        <translation>En attente d&apos;approbation du budget</translation>
    </message>
    <message>
        <source>Retry at %1</source>
        <extracomment>%1 is a time of day.</extracomment>
        <translation>Relance à %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <extracomment>A completed stage and the verdict it gave (pass, flag or fail).</extracomment>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échouée : %1</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Pas encore de tentative</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <extracomment>The number of the latest attempt of a stage.</extracomment>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>How many attempts of a stage failed.</extracomment>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Gates: %1</source>
        <extracomment>%1 lists the gate types that may open at a checkpoint.</extracomment>
        <translation>Gates : %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <extracomment>Under the first gate of a checkpoint: how many more gates opened there.</extracomment>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>How many of a group&apos;s member stages are done.</extracomment>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of a tooltip: a label and its value.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (au lieu de %2)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Retry at</source>
        <translation>Relance à</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Budget gate</source>
        <translation>Gate de budget</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>par %1 : %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En attente de relance</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>All must pass</source>
        <translation>Toutes doivent réussir</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n must pass</source>
        <translation>
            <numerusform>%1 sur %n doit réussir</numerusform>
            <numerusform>%1 sur %n doivent réussir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration in minutes and seconds.</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
</context>
<context>
    <name>Conductor::Notifier</name>
    <message>
        <source>the alert has no id to send it by</source>
        <translation>l&apos;alerte n&apos;a pas d&apos;id pour l&apos;envoyer</translation>
    </message>
    <message>
        <source>not sent: %1 alerts are already on their way</source>
        <translation>non envoyée : %1 alertes sont déjà en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>dropped: more than %1 alerts were waiting</source>
        <translation>abandonnée : plus de %1 alertes étaient en attente</translation>
    </message>
    <message>
        <source>no place to read the secret %1 from</source>
        <translation>aucun endroit où lire le secret %1</translation>
    </message>
    <message>
        <source>no secret named %1; set it with conductor secrets set %1</source>
        <translation>aucun secret nommé %1 ; définissez-le avec conductor secrets set %1</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now</source>
        <translation>le secret %1 est illisible pour l&apos;instant</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now: %2</source>
        <translation>le secret %1 est illisible pour l&apos;instant : %2</translation>
    </message>
    <message>
        <source>the secret %1 is empty; set it with conductor secrets set %1</source>
        <translation>le secret %1 est vide ; définissez-le avec conductor secrets set %1</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2</source>
        <translation>%1 n&apos;a pas répondu en %2</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1; gave up after the last of %2 attempts</source>
        <translation>%1 ; abandon après la dernière des %2 tentatives</translation>
    </message>
</context>
<context>
    <name>Conductor::PagerDutyNotifier</name>
    <message>
        <source>the PagerDuty address %1 must be https</source>
        <translation>l&apos;adresse PagerDuty %1 doit être en https</translation>
    </message>
    <message>
        <source>PagerDuty answered %1</source>
        <translation>PagerDuty a répondu %1</translation>
    </message>
    <message>
        <source>PagerDuty answered %1: %2</source>
        <translation>PagerDuty a répondu %1 : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineEndpointRewrite</name>
    <message>
        <source>the pipeline cannot be read</source>
        <translation>le pipeline est illisible</translation>
    </message>
    <message>
        <source>the pipeline has no agents to put on the endpoint</source>
        <translation>le pipeline n&apos;a aucun agent à placer sur le point de terminaison</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineGraphView</name>
    <message>
        <source>Pipeline graph</source>
        <translation>Graphe du pipeline</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No pipeline.</source>
        <translation>Aucun pipeline.</translation>
    </message>
    <message>
        <source>%1, %2 nodes.</source>
        <extracomment>The graph&apos;s description for screen readers: the pipeline and its number of nodes.</extracomment>
        <translation>%1, %2 nœuds.</translation>
    </message>
    <message>
        <source>No node selected; the arrow keys select one.</source>
        <translation>Aucun nœud sélectionné ; les touches fléchées en sélectionnent un.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Sélectionné : %1.</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineLoader</name>
    <message>
        <source>a pipeline file needs a &apos;%1&apos; section</source>
        <translation>un fichier de pipeline nécessite une section « %1 »</translation>
    </message>
    <message>
        <source>pipeline needs an id</source>
        <translation>le pipeline nécessite un id</translation>
    </message>
    <message>
        <source>unknown error class &apos;%1&apos;; known classes: %2</source>
        <translation>classe d&apos;erreur inconnue « %1 » ; classes connues : %2</translation>
    </message>
    <message>
        <source>%1.initialDelay (%2) is above %1.maxDelay (%3)</source>
        <translation>%1.initialDelay (%2) est supérieur à %1.maxDelay (%3)</translation>
    </message>
    <message>
        <source>%1.escalationThreshold (%2) is more than the attempts maxRetries allows (%3), so it never escalates</source>
        <translation>%1.escalationThreshold (%2) dépasse le nombre de tentatives que maxRetries autorise (%3), il n&apos;y a donc jamais d&apos;escalade</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>l&apos;id « %1 » est utilisé deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot need itself</source>
        <translation>« %1 » ne peut pas dépendre de lui-même</translation>
    </message>
    <message>
        <source>a pipeline needs at least one stage</source>
        <translation>un pipeline nécessite au moins une étape</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; needs an agent</source>
        <translation>l&apos;étape « %1 » nécessite un agent</translation>
    </message>
    <message>
        <source>checkpoint &apos;%1&apos; needs a list of gates</source>
        <translation>le point de contrôle « %1 » nécessite une liste de gates</translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; the configuration knows: %2</source>
        <translation>gate inconnu « %1 » ; la configuration connaît : %2</translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>gate inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; already opens at checkpoint &apos;%2&apos;</source>
        <translation>le gate « %1 » s&apos;ouvre déjà au point de contrôle « %2 »</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is listed neither as required nor as optional in the configuration, so it never opens here</source>
        <translation>le gate « %1 » n&apos;est listé ni comme obligatoire ni comme facultatif dans la configuration, il ne s&apos;ouvre donc jamais ici</translation>
    </message>
    <message>
        <source>checkpoint &apos;%1&apos; needs at least one gate</source>
        <translation>le point de contrôle « %1 » nécessite au moins un gate</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; needs a list of stages</source>
        <translation>le groupe « %1 » nécessite une liste d&apos;étapes</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; needs at least two stages to run side by side</source>
        <translation>le groupe « %1 » nécessite au moins deux étapes à exécuter en parallèle</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has a quorum but its rule is not &apos;quorum&apos;</source>
        <translation>le groupe « %1 » a un quorum mais sa règle n&apos;est pas « quorum »</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; needs a quorum of %2 but has only %3 stages</source>
        <translation>le groupe « %1 » nécessite un quorum de %2 mais n&apos;a que %3 étapes</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has the rule &apos;quorum&apos; and needs a quorum</source>
        <translation>le groupe « %1 » a la règle « quorum » et nécessite un quorum</translation>
    </message>
    <message>
        <source>%1 must be an error code in capitals, such as DEPLOY_BLOCKED</source>
        <translation>%1 doit être un code d&apos;erreur en majuscules, comme DEPLOY_BLOCKED</translation>
    </message>
    <message>
        <source>unknown agent &apos;%1&apos;; define it under agents</source>
        <translation>agent inconnu « %1 » ; définissez-le sous agents</translation>
    </message>
    <message>
        <source>unknown agent &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>agent inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; cannot give the verdict &apos;%2&apos; of agent &apos;%3&apos;; set the stage&apos;s verdict to %4</source>
        <translation>l&apos;étape « %1 » ne peut pas rendre le verdict « %2 » de l&apos;agent « %3 » ; réglez le verdict de l&apos;étape sur %4</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;</source>
        <translation>étape inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>étape inconnue « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; in group &apos;%2&apos;</source>
        <translation>étape inconnue « %1 » dans le groupe « %2 »</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; in group &apos;%2&apos;; did you mean &apos;%3&apos;?</source>
        <translation>étape inconnue « %1 » dans le groupe « %2 » ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; is already in group &apos;%2&apos;</source>
        <translation>l&apos;étape « %1 » est déjà dans le groupe « %2 »</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>cycle de dépendances : %1</translation>
    </message>
    <message>
        <source>every stage needs an id</source>
        <translation>chaque étape nécessite un id</translation>
    </message>
    <message>
        <source>every checkpoint needs an id</source>
        <translation>chaque point de contrôle nécessite un id</translation>
    </message>
    <message>
        <source>every group needs an id</source>
        <translation>chaque groupe nécessite un id</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; needs a baseUrl, such as http://localhost:11434/v1</source>
        <translation>le fournisseur « %1 » nécessite une baseUrl, comme http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>%1 must be an http or https address, such as https://api.openai.com/v1</source>
        <translation>%1 doit être une adresse http ou https, comme https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>%1 is not encrypted: prompts, outputs and any key travel in the clear to %2; use https</source>
        <translation>%1 n&apos;est pas chiffré : les prompts, les sorties et toute clé circulent en clair vers %2 ; utilisez https</translation>
    </message>
    <message>
        <source>%1 needs %2 (US dollars per million tokens)</source>
        <translation>%1 nécessite %2 (dollars US par million de jetons)</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; needs a kind (simulated, llm or command)</source>
        <translation>l&apos;agent « %1 » nécessite un kind (simulated, llm ou command)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to %2 agents; agent &apos;%3&apos; is %4</source>
        <translation>« %1 » s&apos;applique aux agents %2 ; l&apos;agent « %3 » est %4</translation>
    </message>
    <message>
        <source>llm agent &apos;%1&apos; needs a %2</source>
        <translation>l&apos;agent llm « %1 » nécessite un %2</translation>
    </message>
    <message>
        <source>command agent &apos;%1&apos; needs a command: [program, arguments...]</source>
        <translation>l&apos;agent command « %1 » nécessite une commande : [programme, arguments...]</translation>
    </message>
    <message>
        <source>%1 needs a program to run</source>
        <translation>%1 nécessite un programme à exécuter</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; define it under providers</source>
        <translation>fournisseur inconnu « %1 » ; définissez-le sous providers</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>fournisseur inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; has no price for model &apos;%2&apos;: its use costs $0 in the budgets; add it under providers.%1.prices</source>
        <translation>le fournisseur « %1 » n&apos;a pas de prix pour le modèle « %2 » : son utilisation coûte 0 $ dans les budgets ; ajoutez-le sous providers.%1.prices</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; cannot be its own fallback; name another agent, or remove the key</source>
        <translation>l&apos;agent « %1 » ne peut pas être son propre agent de repli ; nommez un autre agent ou supprimez la clé</translation>
    </message>
    <message>
        <source>unknown fallback agent &apos;%1&apos;; define it under agents</source>
        <translation>agent de repli inconnu « %1 » ; définissez-le sous agents</translation>
    </message>
    <message>
        <source>unknown fallback agent &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>agent de repli inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineOverview</name>
    <message>
        <source>Step</source>
        <extracomment>Column header: a stage, checkpoint or group of the pipeline.</extracomment>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: stage, gate or aggregation.</extracomment>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Runs</source>
        <extracomment>Column header: the agent a stage runs, the gates a checkpoint opens, or a group&apos;s rule.</extracomment>
        <translation>Exécute</translation>
    </message>
    <message>
        <source>Needs</source>
        <extracomment>Column header: the steps this one waits for.</extracomment>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>No valid pipeline loaded</source>
        <translation>Aucun pipeline valide chargé</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pipeline : %1</translation>
    </message>
    <message>
        <source>Layer %1 of the pipeline</source>
        <translation>Couche %1 du pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>all must pass</source>
        <translation>toutes doivent réussir</translation>
    </message>
    <message numerus="yes">
        <source>%n must pass</source>
        <translation>
            <numerusform>%n doit réussir</numerusform>
            <numerusform>%n doivent réussir</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgets: %1 tokens a day (%2 per pipeline, %3 in reserve); %4 a day, alert at %5; a pipeline may run for at most %6 min.</source>
        <translation>Budgets : %1 jetons par jour (%2 par pipeline, %3 en réserve) ; %4 par jour, alerte à %5 ; un pipeline peut s&apos;exécuter au plus %6 min.</translation>
    </message>
</context>
<context>
    <name>Conductor::ProviderHealth</name>
    <message>
        <source>no answer within %1</source>
        <translation>aucune réponse en %1</translation>
    </message>
    <message>
        <source>no place to read the secret %1 from</source>
        <translation>aucun endroit où lire le secret %1</translation>
    </message>
    <message>
        <source>no secret named %1; set it with conductor secrets set %1</source>
        <translation>aucun secret nommé %1 ; définissez-le avec conductor secrets set %1</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now: %2</source>
        <translation>le secret %1 est illisible pour l&apos;instant : %2</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>pas d&apos;accès au réseau</translation>
    </message>
    <message>
        <source>no usable base URL: %1</source>
        <translation>aucune URL de base utilisable : %1</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>%1 answered without a model list</source>
        <translation>%1 a répondu sans liste de modèles</translation>
    </message>
</context>
<context>
    <name>Conductor::ProvidersCommand</name>
    <message>
        <source>1 model</source>
        <translation>1 modèle</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 modèles</translation>
    </message>
    <message>
        <source>up</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>down</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Asks each provider of a pipeline for its models, once, and prints whether it answered: up with the number of models, or down with the reason. Exits with 0 when every provider is up and 1 when any is down.</source>
        <translation>Demande une fois à chaque fournisseur d&apos;un pipeline la liste de ses modèles, et indique s&apos;il a répondu : disponible avec le nombre de modèles, ou indisponible avec la raison. Se termine avec 0 quand tous les fournisseurs sont disponibles et 1 si l&apos;un d&apos;eux est indisponible.</translation>
    </message>
    <message>
        <source>Print a JSON array, an object per provider.</source>
        <translation>Afficher un tableau JSON, un objet par fournisseur.</translation>
    </message>
    <message>
        <source>--secrets-dir needs a folder</source>
        <translation>--secrets-dir nécessite un dossier</translation>
    </message>
    <message>
        <source>the pipeline defines no providers</source>
        <translation>le pipeline ne définit aucun fournisseur</translation>
    </message>
</context>
<context>
    <name>Conductor::ProvidersPanel</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>No providers: every agent in this pipeline is simulated.</source>
        <translation>Aucun fournisseur : tous les agents de ce pipeline sont simulés.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Provider states</source>
        <translation>États des fournisseurs</translation>
    </message>
    <message>
        <source>Ask every provider for its models now</source>
        <translation>Demander maintenant à chaque fournisseur la liste de ses modèles</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modèle</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 modèles</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>%1 (down at the last %2 checks)</source>
        <translation>%1 (indisponible lors des %2 dernières vérifications)</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Nouvelle vérification…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Conductor::ReportBundle</name>
    <message>
        <source>cannot write a stage file: no bundle folder or stage given</source>
        <translation>impossible d&apos;écrire un fichier d&apos;étape : aucun dossier de rapport ou aucune étape indiqués</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the report bundle: no folder given</source>
        <translation>impossible d&apos;écrire le dossier de rapport : aucun dossier indiqué</translation>
    </message>
</context>
<context>
    <name>Conductor::RunCommand</name>
    <message>
        <source>storage failed: %1</source>
        <translation>échec du stockage : %1</translation>
    </message>
    <message>
        <source>%1 takes KEY=VALUE, got &apos;%2&apos;</source>
        <translation>%1 attend CLÉ=VALEUR, reçu « %2 »</translation>
    </message>
    <message>
        <source>Runs one execution of a pipeline to its end.</source>
        <translation>Exécute un pipeline jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The idea, in a sentence or more.</source>
        <translation>L&apos;idée, en une phrase ou plus.</translation>
    </message>
    <message>
        <source>A short title (default: the idea&apos;s start).</source>
        <translation>Un titre court (par défaut : le début de l&apos;idée).</translation>
    </message>
    <message>
        <source>Idea metadata, such as domain=finance.</source>
        <translation>Métadonnées de l&apos;idée, comme domain=finance.</translation>
    </message>
    <message>
        <source>low, normal, high or critical.</source>
        <translation>low, normal, high ou critical.</translation>
    </message>
    <message>
        <source>The most it may spend, in USD.</source>
        <translation>Le montant maximal qu&apos;elle peut dépenser, en USD.</translation>
    </message>
    <message>
        <source>Its time limit, such as 10m.</source>
        <translation>Sa limite de temps, comme 10m.</translation>
    </message>
    <message>
        <source>Where the report bundle goes.</source>
        <translation>Où va le dossier de rapport.</translation>
    </message>
    <message>
        <source>The simulated agents&apos; seed.</source>
        <translation>La graine des agents simulés.</translation>
    </message>
    <message>
        <source>A simulation setting, such as risk.verdict=flag.</source>
        <translation>Un réglage de simulation, comme risk.verdict=flag.</translation>
    </message>
    <message>
        <source>Approve gates that are not critical as the local operator.</source>
        <translation>Approuver les gates non critiques en tant qu&apos;opérateur local.</translation>
    </message>
    <message>
        <source>Print each event as a JSON line.</source>
        <translation>Afficher chaque événement sous forme de ligne JSON.</translation>
    </message>
    <message>
        <source>run needs --idea TEXT</source>
        <translation>run nécessite --idea TEXTE</translation>
    </message>
    <message>
        <source>--priority is low, normal, high or critical, not &apos;%1&apos;</source>
        <translation>--priority vaut low, normal, high ou critical, pas « %1 »</translation>
    </message>
    <message>
        <source>--max-cost takes an amount in USD such as 50 or 12.50</source>
        <translation>--max-cost attend un montant en USD comme 50 ou 12.50</translation>
    </message>
    <message>
        <source>--timeout: %1</source>
        <translation>--timeout : %1</translation>
    </message>
    <message>
        <source>at least 1s</source>
        <translation>au moins 1s</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed attend un nombre entier</translation>
    </message>
    <message>
        <source>the built-in pipeline is missing</source>
        <translation>le pipeline intégré est introuvable</translation>
    </message>
    <message>
        <source>Takes over every unfinished execution whose owner is gone and runs each until it ends or waits on a person.</source>
        <translation>Reprend chaque exécution inachevée dont le propriétaire a disparu et exécute chacune jusqu&apos;à sa fin ou jusqu&apos;à ce qu&apos;elle attende une personne.</translation>
    </message>
    <message>
        <source>Where report bundles go (default: as started).</source>
        <translation>Où vont les dossiers de rapport (par défaut : comme au démarrage).</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>rien à reprendre</translation>
    </message>
    <message numerus="yes">
        <source>resuming %n execution(s)</source>
        <translation>
            <numerusform>reprise de %n exécution</numerusform>
            <numerusform>reprise de %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>start executions</source>
        <translation>démarrer des exécutions</translation>
    </message>
    <message>
        <source>%1 may not approve gates (--approve-gates): that needs the role approver, and %1 is %2</source>
        <translation>%1 ne peut pas approuver de gates (--approve-gates) : il faut le rôle approver, et %1 a le rôle %2</translation>
    </message>
    <message>
        <source>resume and approve gates</source>
        <translation>reprendre et approuver des gates</translation>
    </message>
    <message>
        <source>resume executions</source>
        <translation>reprendre des exécutions</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>alerte : %1</translation>
    </message>
    <message>
        <source>Run every agent on this OpenAI-compatible endpoint, such as http://localhost:11434/v1.</source>
        <translation>Exécuter tous les agents sur ce point de terminaison compatible OpenAI, comme http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The model to ask there (with --llm-base-url).</source>
        <translation>Le modèle à interroger (avec --llm-base-url).</translation>
    </message>
    <message>
        <source>The secret that holds the endpoint&apos;s key (see conductor secrets).</source>
        <translation>Le secret qui contient la clé du point de terminaison (voir conductor secrets).</translation>
    </message>
    <message>
        <source>--llm-base-url and --llm-model go together</source>
        <translation>--llm-base-url et --llm-model vont ensemble</translation>
    </message>
    <message>
        <source>note: %1 has no price here, so its use counts $0 against the dollar budgets; the token budgets still hold</source>
        <translation>remarque : %1 n&apos;a pas de prix ici, son utilisation compte donc 0 $ dans les budgets en dollars ; les budgets de jetons s&apos;appliquent toujours</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretDialog</name>
    <message>
        <source>Replace the secret %1</source>
        <translation>Remplacer le secret %1</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Ajouter un secret</translation>
    </message>
    <message>
        <source>The new value replaces the one kept in %1. It is not shown again.</source>
        <translation>La nouvelle valeur remplace celle conservée dans %1. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>The value is kept in %1 under this name and is not shown again. Refer to it by its name under a pipeline&apos;s providers (apiKey: NAME).</source>
        <translation>La valeur est conservée dans %1 sous ce nom et ne sera plus affichée. Faites-y référence par son nom dans les providers d&apos;un pipeline (apiKey: NAME).</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Nom du secret</translation>
    </message>
    <message>
        <source>For example OPENAI_API_KEY</source>
        <translation>Par exemple OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur du secret</translation>
    </message>
    <message>
        <source>The API key or password</source>
        <translation>La clé d&apos;API ou le mot de passe</translation>
    </message>
    <message>
        <source>Problem with the secret</source>
        <translation>Problème avec le secret</translation>
    </message>
    <message>
        <source>Replace the secret</source>
        <translation>Remplacer le secret</translation>
    </message>
    <message>
        <source>Add the secret</source>
        <translation>Ajouter le secret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>The value is longer than %1 bytes.</source>
        <translation>La valeur dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretNameField</name>
    <message>
        <source>%1 looks like the credential itself, which never goes in this file: store it with &apos;conductor secrets set NAME&apos; and write that NAME here</source>
        <translation>%1 ressemble à l&apos;identifiant lui-même, qui ne va jamais dans ce fichier : conservez-le avec « conductor secrets set NAME » et écrivez ce NAME ici</translation>
    </message>
    <message>
        <source>%1 names a secret (letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter, a digit or &apos;_&apos;); the credential itself never goes in this file: store it with &apos;conductor secrets set NAME&apos; and write that NAME here</source>
        <translation>%1 nomme un secret (lettres, chiffres, « _ », « . » et « - », commençant par une lettre, un chiffre ou « _ ») ; l&apos;identifiant lui-même ne va jamais dans ce fichier : conservez-le avec « conductor secrets set NAME » et écrivez ce NAME ici</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretStore</name>
    <message>
        <source>&apos;%1&apos; is not a valid secret name: use 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, not starting with a dot</source>
        <translation>« %1 » n&apos;est pas un nom de secret valide : utilisez de 1 à 128 lettres, chiffres, « _ », « . » ou « - », sans point au début</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretsCommand</name>
    <message>
        <source>Value of %1 (not shown): </source>
        <translation>Valeur de %1 (non affichée) : </translation>
    </message>
    <message>
        <source>Keeps API keys in the system keychain. On a server without one, keys are read from systemd&apos;s credentials ($CREDENTIALS_DIRECTORY) or from a folder given with --secrets-dir that only its owner may read; both are read-only.

  secrets set NAME        (reads the value from stdin)
  secrets list
  secrets delete NAME</source>
        <translation>Conserve les clés d&apos;API dans le trousseau du système. Sur un serveur sans trousseau, les clés sont lues dans les identifiants de systemd ($CREDENTIALS_DIRECTORY) ou dans un dossier indiqué avec --secrets-dir que seul son propriétaire peut lire ; les deux sont en lecture seule.

  secrets set NAME        (lit la valeur sur stdin)
  secrets list
  secrets delete NAME</translation>
    </message>
    <message>
        <source>Read secrets from the files in DIR (owner-only) instead of the keychain.</source>
        <translation>Lire les secrets dans les fichiers de DIR (réservé au propriétaire) au lieu du trousseau.</translation>
    </message>
    <message>
        <source>set, list or delete.</source>
        <translation>set, list ou delete.</translation>
    </message>
    <message>
        <source>secrets needs an action: set, list or delete</source>
        <translation>secrets nécessite une action : set, list ou delete</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; one of set, list, delete</source>
        <translation>action inconnue « %1 » ; l&apos;une de set, list, delete</translation>
    </message>
    <message>
        <source>usage: conductor secrets %1</source>
        <translation>utilisation : conductor secrets %1</translation>
    </message>
    <message>
        <source>--secrets-dir needs a folder</source>
        <translation>--secrets-dir nécessite un dossier</translation>
    </message>
    <message>
        <source>no value for %1 on stdin; nothing was stored</source>
        <translation>aucune valeur pour %1 sur stdin ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the value for %1 is longer than %2 bytes; nothing was stored</source>
        <translation>la valeur de %1 dépasse %2 octets ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>%1 stored in %2</source>
        <translation>%1 enregistré dans %2</translation>
    </message>
    <message>
        <source>%1 deleted from %2</source>
        <translation>%1 supprimé de %2</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretsPanel</name>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Where the secrets are kept</source>
        <translation>Où les secrets sont conservés</translation>
    </message>
    <message>
        <source>Secret names</source>
        <translation>Noms des secrets</translation>
    </message>
    <message>
        <source>No secrets</source>
        <translation>Aucun secret</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Ajouter un secret</translation>
    </message>
    <message>
        <source>Replace the selected secret</source>
        <translation>Remplacer le secret sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected secret</source>
        <translation>Supprimer le secret sélectionné</translation>
    </message>
    <message>
        <source>Waiting for the secrets</source>
        <translation>En attente des secrets</translation>
    </message>
    <message>
        <source>What is awaited</source>
        <translation>Ce qui est attendu</translation>
    </message>
    <message>
        <source>Secrets status</source>
        <translation>État des secrets</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <source>Asking %1 for the names of the secrets…</source>
        <translation>Demande des noms des secrets à %1…</translation>
    </message>
    <message>
        <source>%1 holds no secrets.</source>
        <translation>%1 ne contient aucun secret.</translation>
    </message>
    <message>
        <source>The secrets cannot be listed: %1</source>
        <translation>Impossible de lister les secrets : %1</translation>
    </message>
    <message>
        <source>Storing %1 in %2…</source>
        <translation>Enregistrement de %1 dans %2…</translation>
    </message>
    <message>
        <source>The secret %1 was replaced.</source>
        <translation>Le secret %1 a été remplacé.</translation>
    </message>
    <message>
        <source>The secret %1 was added.</source>
        <translation>Le secret %1 a été ajouté.</translation>
    </message>
    <message>
        <source>The secret %1 was not stored: %2</source>
        <translation>Le secret %1 n&apos;a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Delete the secret %1</source>
        <translation>Supprimer le secret %1</translation>
    </message>
    <message>
        <source>Delete the secret %1 from %2? Agents that use it will not find their key until it is added again.</source>
        <translation>Supprimer le secret %1 de %2 ? Les agents qui l&apos;utilisent ne trouveront plus leur clé tant qu&apos;il n&apos;aura pas été ajouté à nouveau.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Deleting %1 from %2…</source>
        <translation>Suppression de %1 de %2…</translation>
    </message>
    <message>
        <source>The secret %1 was deleted.</source>
        <translation>Le secret %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The secret %1 was not deleted: %2</source>
        <translation>Le secret %1 n&apos;a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>If the system asks you to unlock the keychain, do so to go on.</source>
        <translation>Si le système vous demande de déverrouiller le trousseau, faites-le pour continuer.</translation>
    </message>
    <message>
        <source>%1 holds no secrets yet.</source>
        <translation>%1 ne contient encore aucun secret.</translation>
    </message>
    <message>
        <source>API keys, webhook addresses and routing keys are kept in %1 and used by name (apiKey: NAME under a pipeline&apos;s providers; url or routingKey: NAME under monitoring.notifiers). Only their names are shown here.</source>
        <translation>Les clés d&apos;API, les adresses de webhook et les clés de routage sont conservées dans %1 et utilisées par leur nom (apiKey: NAME dans les providers d&apos;un pipeline ; url ou routingKey: NAME dans monitoring.notifiers). Seuls leurs noms sont affichés ici.</translation>
    </message>
</context>
<context>
    <name>Conductor::Session</name>
    <message>
        <source>refused: execution %1 has ended, or another process runs it now; try again</source>
        <translation>refusé : l&apos;exécution %1 est terminée, ou un autre processus l&apos;exécute en ce moment ; réessayez</translation>
    </message>
</context>
<context>
    <name>Conductor::SettingsPage</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>When a &amp;gate opens and waits for a decision</source>
        <translation>Quand un &amp;gate s&apos;ouvre et attend une décision</translation>
    </message>
    <message>
        <source>When the day&apos;s spending crosses the &amp;alert threshold</source>
        <translation>Quand les dépenses du jour franchissent le seuil d&apos;&amp;alerte</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>The pipeline shipped with Conductor</source>
        <translation>Le pipeline fourni avec Conductor</translation>
    </message>
    <message>
        <source>Default pipeline file</source>
        <translation>Fichier de pipeline par défaut</translation>
    </message>
    <message>
        <source>Choose the default pipeline file</source>
        <translation>Choisir le fichier de pipeline par défaut</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Notify when a gate opens</source>
        <translation>Notifier à l&apos;ouverture d&apos;un gate</translation>
    </message>
    <message>
        <source>Notify on a budget alert</source>
        <translation>Notifier lors d&apos;une alerte de budget</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Fichiers et dossiers</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Used from the next start of Conductor.</source>
        <translation>Utilisé à partir du prochain démarrage de Conductor.</translation>
    </message>
    <message>
        <source>Default &amp;pipeline:</source>
        <translation>&amp;Pipeline par défaut :</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Dossier de sortie :</translation>
    </message>
    <message>
        <source>Report bundles are written there, one folder per execution.</source>
        <translation>Les dossiers de rapport y sont écrits, un dossier par exécution.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Notify me</source>
        <translation>Me notifier</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Redémarrage nécessaire</translation>
    </message>
    <message>
        <source>Problem with a setting</source>
        <translation>Problème avec un paramètre</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Choisir la base de données</translation>
    </message>
    <message>
        <source>Conductor databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Conductor (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the default pipeline</source>
        <translation>Choisir le pipeline par défaut</translation>
    </message>
    <message>
        <source>Pipelines (*.yml *.yaml);;All files (*)</source>
        <translation>Pipelines (*.yml *.yaml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is a folder; the database is a file in it.</source>
        <translation>%1 est un dossier ; la base de données est un fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>There is no pipeline file %1.</source>
        <translation>Il n&apos;y a pas de fichier de pipeline %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>la langue</translation>
    </message>
    <message>
        <source>Restart Conductor to use the new settings of: %1.</source>
        <translation>Redémarrez Conductor pour utiliser les nouveaux paramètres de : %1.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <source>Ser&amp;ve the REST API</source>
        <translation>Ser&amp;vir l&apos;API REST</translation>
    </message>
    <message>
        <source>Serve the REST API</source>
        <translation>Servir l&apos;API REST</translation>
    </message>
    <message>
        <source>Address to serve the REST API on</source>
        <translation>Adresse sur laquelle servir l&apos;API REST</translation>
    </message>
    <message>
        <source>HOST:PORT, such as 127.0.0.1:8080 or [::1]:8080; port 0 picks a free one. Without TLS the desktop app serves loopback addresses only.</source>
        <translation>HÔTE:PORT, comme 127.0.0.1:8080 ou [::1]:8080 ; le port 0 en choisit un libre. Sans TLS, l&apos;application de bureau ne sert que les adresses de bouclage.</translation>
    </message>
    <message>
        <source>REST API status</source>
        <translation>État de l&apos;API REST</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <source>Clients send a token with each request. Make one with: conductor token create --role viewer --subject NAME</source>
        <translation>Les clients envoient un jeton avec chaque requête. Créez-en un avec : conductor token create --role viewer --subject NAME</translation>
    </message>
    <message>
        <source>“%1” is not an address to serve the REST API on: give HOST:PORT, such as 127.0.0.1:8080.</source>
        <translation>« %1 » n&apos;est pas une adresse sur laquelle servir l&apos;API REST : indiquez HÔTE:PORT, comme 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>When an alert &amp;rule fires</source>
        <translation>Quand une &amp;règle d&apos;alerte se déclenche</translation>
    </message>
    <message>
        <source>Notify when an alert rule fires</source>
        <translation>Notifier quand une règle d&apos;alerte se déclenche</translation>
    </message>
</context>
<context>
    <name>Conductor::SimOverrides</name>
    <message>
        <source>expected KEY=VALUE, such as research.failureRate=0.5</source>
        <translation>CLÉ=VALEUR attendu, comme research.failureRate=0.5</translation>
    </message>
    <message>
        <source>the key is missing; expected KEY=VALUE</source>
        <translation>la clé manque ; CLÉ=VALEUR attendu</translation>
    </message>
    <message>
        <source>the value is missing; expected KEY=VALUE</source>
        <translation>la valeur manque ; CLÉ=VALEUR attendu</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; expected timeScale, seed or STAGE.FIELD</source>
        <translation>réglage inconnu « %1 » ; timeScale, seed ou ÉTAPE.CHAMP attendu</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>réglage inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; the fields are %2</source>
        <translation>champ inconnu « %1 » ; les champs sont %2</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>champ inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2; --sim changes stages and agents</source>
        <translation>« %1 » est un %2 ; --sim modifie les étapes et les agents</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>unknown stage or agent &apos;%1&apos;</source>
        <translation>étape ou agent inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown stage or agent &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>étape ou agent inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>timeScale must be a number from 0 to %1, not &apos;%2&apos;</source>
        <translation>timeScale doit être un nombre de 0 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>seed doit être un nombre entier de 0 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>duration must be at most %1</source>
        <translation>duration doit valoir au plus %1</translation>
    </message>
    <message>
        <source>tokens must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>tokens doit être un nombre entier de 0 à %1, pas « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in USD such as 0.25 (at most six decimals)</source>
        <translation>« %1 » n&apos;est pas un montant en USD comme 0.25 (six décimales au plus)</translation>
    </message>
    <message>
        <source>failureRate must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>failureRate doit être un nombre de 0 à 1, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown error class &apos;%1&apos;; known classes: %2</source>
        <translation>classe d&apos;erreur inconnue « %1 » ; classes connues : %2</translation>
    </message>
    <message>
        <source>unknown error class &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>classe d&apos;erreur inconnue « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>verdict must be pass, flag or fail, not &apos;%1&apos;</source>
        <translation>verdict doit valoir pass, flag ou fail, pas « %1 »</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; gives no verdict, so only &apos;pass&apos; fits, not &apos;%2&apos;</source>
        <translation>l&apos;étape « %1 » ne rend pas de verdict, seul « pass » convient donc, pas « %2 »</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; gives pass or flag, not &apos;%2&apos;</source>
        <translation>l&apos;étape « %1 » rend pass ou flag, pas « %2 »</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; gives pass or fail, not &apos;%2&apos;</source>
        <translation>l&apos;étape « %1 » rend pass ou fail, pas « %2 »</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; runs stage &apos;%2&apos;: %3</source>
        <translation>l&apos;agent « %1 » exécute l&apos;étape « %2 » : %3</translation>
    </message>
    <message>
        <source>no stage of pipeline &apos;%1&apos; can give the verdict &apos;%2&apos;</source>
        <translation>aucune étape du pipeline « %1 » ne peut rendre le verdict « %2 »</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; runs the unknown agent &apos;%2&apos;</source>
        <translation>l&apos;étape « %1 » exécute l&apos;agent inconnu « %2 »</translation>
    </message>
</context>
<context>
    <name>Conductor::SimulatedAgent</name>
    <message>
        <source>the model did not answer within its deadline</source>
        <translation>le modèle n&apos;a pas répondu dans le délai imparti</translation>
    </message>
    <message>
        <source>the stream stalled after the first tokens</source>
        <translation>le flux s&apos;est bloqué après les premiers jetons</translation>
    </message>
    <message>
        <source>the gateway timed out (504)</source>
        <translation>la passerelle a dépassé son délai (504)</translation>
    </message>
    <message>
        <source>rate limit reached (429), retry after 20s</source>
        <translation>limite de débit atteinte (429), réessayer dans 20s</translation>
    </message>
    <message>
        <source>the tokens-per-minute quota is used up</source>
        <translation>le quota de jetons par minute est épuisé</translation>
    </message>
    <message>
        <source>too many concurrent requests (429)</source>
        <translation>trop de requêtes simultanées (429)</translation>
    </message>
    <message>
        <source>upstream returned 503</source>
        <translation>le serveur amont a renvoyé 503</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>connexion réinitialisée par le correspondant</translation>
    </message>
    <message>
        <source>the model server is overloaded (502)</source>
        <translation>le serveur du modèle est surchargé (502)</translation>
    </message>
    <message>
        <source>the worker was restarted mid-answer</source>
        <translation>le worker a été redémarré au milieu de la réponse</translation>
    </message>
    <message>
        <source>the connection closed before the answer ended</source>
        <translation>la connexion s&apos;est fermée avant la fin de la réponse</translation>
    </message>
    <message>
        <source>the worker was stopped</source>
        <translation>le worker a été arrêté</translation>
    </message>
    <message>
        <source>the prompt exceeds the model&apos;s context window</source>
        <translation>le prompt dépasse la fenêtre de contexte du modèle</translation>
    </message>
    <message>
        <source>the request was rejected as malformed (400)</source>
        <translation>la requête a été rejetée car mal formée (400)</translation>
    </message>
    <message>
        <source>the model name is unknown to the provider</source>
        <translation>le nom du modèle est inconnu du fournisseur</translation>
    </message>
    <message>
        <source>the answer lacks the required sections</source>
        <translation>il manque à la réponse les sections requises</translation>
    </message>
    <message>
        <source>the answer ended without a verdict line</source>
        <translation>la réponse s&apos;est terminée sans ligne de verdict</translation>
    </message>
    <message>
        <source>the answer was cut off mid-sentence</source>
        <translation>la réponse a été coupée au milieu d&apos;une phrase</translation>
    </message>
    <message>
        <source>the API key was rejected (401)</source>
        <translation>la clé d&apos;API a été rejetée (401)</translation>
    </message>
    <message>
        <source>the API key has expired</source>
        <translation>la clé d&apos;API a expiré</translation>
    </message>
    <message>
        <source>the account may not use this model (403)</source>
        <translation>le compte ne peut pas utiliser ce modèle (403)</translation>
    </message>
    <message>
        <source>the agent crashed while writing its output</source>
        <translation>l&apos;agent a planté en écrivant sa sortie</translation>
    </message>
    <message>
        <source>the agent exited with status 1</source>
        <translation>l&apos;agent s&apos;est terminé avec le code 1</translation>
    </message>
    <message>
        <source>the agent ran out of memory</source>
        <translation>l&apos;agent a manqué de mémoire</translation>
    </message>
    <message>
        <source>the provider&apos;s spending cap was reached</source>
        <translation>le plafond de dépenses du fournisseur a été atteint</translation>
    </message>
    <message>
        <source>the account has no credit left</source>
        <translation>le compte n&apos;a plus de crédit</translation>
    </message>
    <message>
        <source>the monthly budget of the key is spent</source>
        <translation>le budget mensuel de la clé est dépensé</translation>
    </message>
    <message>
        <source>simulated TIMEOUT: no answer within %1 (the run needs %2)</source>
        <translation>TIMEOUT simulé : aucune réponse en %1 (l&apos;exécution nécessite %2)</translation>
    </message>
    <message>
        <source>the call failed</source>
        <translation>l&apos;appel a échoué</translation>
    </message>
    <message>
        <source>simulated %1: %2</source>
        <translation>%1 simulé : %2</translation>
    </message>
    <message>
        <source>simulated publishing: the request names no bundle folder</source>
        <translation>publication simulée : la requête ne nomme aucun dossier de rapport</translation>
    </message>
    <message>
        <source>simulated publishing failed: %1</source>
        <translation>la publication simulée a échoué : %1</translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>le dossier de rapport %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>impossible de copier %1 vers %2 : %3</translation>
    </message>
</context>
<context>
    <name>Conductor::StoreReader</name>
    <message>
        <source>refused: no execution %1</source>
        <translation>refusé : aucune exécution %1</translation>
    </message>
    <message>
        <source>the command could not be recorded: %1</source>
        <translation>la commande n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>the process running %1 stopped before it answered; the command waits for whoever takes the execution over</source>
        <translation>le processus qui exécutait %1 s&apos;est arrêté avant de répondre ; la commande attend celui qui reprendra l&apos;exécution</translation>
    </message>
    <message>
        <source>the process running %1 did not answer within 30 s; the command stays queued for it</source>
        <translation>le processus qui exécute %1 n&apos;a pas répondu en 30 s ; la commande reste en file d&apos;attente pour lui</translation>
    </message>
    <message>
        <source>%1 is not a user of this database</source>
        <translation>%1 n&apos;est pas un utilisateur de cette base de données</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L&apos;export a été annulé ; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Exported to %1 (entries: %2).</source>
        <translation>Exporté vers %1 (entrées : %2).</translation>
    </message>
</context>
<context>
    <name>Conductor::TimelineBars</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>En file d&apos;attente : %1</translation>
    </message>
    <message>
        <source>#%1 ▸</source>
        <translation>#%1 ▸</translation>
    </message>
    <message>
        <source>%1 — attempt #%2 (%3)</source>
        <translation>%1 — tentative n° %2 (%3)</translation>
    </message>
    <message>
        <source>#%1 ✓</source>
        <translation>#%1 ✓</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>#%1 ✗ %2</source>
        <translation>#%1 ✗ %2</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Échouée : %1 — %2</translation>
    </message>
    <message>
        <source>#%1 ⊘ interrupted</source>
        <translation>#%1 ⊘ interrompue</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>wait #%1</source>
        <translation>attente #%1</translation>
    </message>
    <message>
        <source>%1 — waiting %2 before attempt #%3</source>
        <translation>%1 — attente de %2 avant la tentative n° %3</translation>
    </message>
    <message>
        <source>⌛ waiting</source>
        <translation>⌛ en attente</translation>
    </message>
    <message>
        <source>Gate %1 — %2</source>
        <translation>Gate %1 — %2</translation>
    </message>
    <message>
        <source>✓ approved</source>
        <translation>✓ approuvé</translation>
    </message>
    <message>
        <source>✗ rejected</source>
        <translation>✗ rejeté</translation>
    </message>
    <message>
        <source>⌛ %1</source>
        <translation>⌛ %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Remonté à %1</translation>
    </message>
    <message>
        <source>❚❚ paused</source>
        <translation>❚❚ en pause</translation>
    </message>
    <message>
        <source>Paused by %1: %2</source>
        <translation>Mise en pause par %1 : %2</translation>
    </message>
    <message>
        <source>%1 ⊘</source>
        <translation>%1 ⊘</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Gate : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::TimelineView</name>
    <message>
        <source>Timeline of the execution</source>
        <translation>Chronologie de l&apos;exécution</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Rien ne s&apos;est encore passé.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Still open at %1</source>
        <translation>Toujours ouvert à %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::TokenCommand</name>
    <message>
        <source>a role is one of viewer, operator, approver, admin, not &apos;%1&apos;</source>
        <translation>un rôle vaut viewer, operator, approver ou admin, pas « %1 »</translation>
    </message>
    <message>
        <source>--subject needs a name of 1 to %1 characters</source>
        <translation>--subject nécessite un nom de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>--subject may not hold control characters</source>
        <translation>--subject ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>--ttl: %1</source>
        <translation>--ttl : %1</translation>
    </message>
    <message>
        <source>--ttl is between 1s and 366d, not %1</source>
        <translation>--ttl est compris entre 1s et 366d, pas %1</translation>
    </message>
    <message>
        <source>create API tokens</source>
        <translation>créer des jetons d&apos;API</translation>
    </message>
    <message>
        <source>Cannot sign the token.</source>
        <translation>Impossible de signer le jeton.</translation>
    </message>
    <message>
        <source>token %1 for %2 as %3, expires %4</source>
        <translation>jeton %1 pour %2 en tant que %3, expire le %4</translation>
    </message>
    <message>
        <source>revoke API tokens</source>
        <translation>révoquer des jetons d&apos;API</translation>
    </message>
    <message>
        <source>revoked token %1</source>
        <translation>jeton %1 révoqué</translation>
    </message>
    <message>
        <source>list API tokens</source>
        <translation>lister les jetons d&apos;API</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>révoqué le %1 par %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>%1  %2  %3  issued %4  expires %5  %6</source>
        <translation>%1  %2  %3  émis le %4  expire le %5  %6</translation>
    </message>
    <message>
        <source>Manages the tokens that authenticate calls to the REST API (admins only). A token is printed once, when it is made, and never stored.

  token create --role ROLE --subject NAME [--ttl 8h]
  token list [--json]
  token revoke JTI</source>
        <translation>Gère les jetons qui authentifient les appels à l&apos;API REST (administrateurs uniquement). Un jeton est affiché une seule fois, à sa création, et n&apos;est jamais conservé.

  token create --role ROLE --subject NAME [--ttl 8h]
  token list [--json]
  token revoke JTI</translation>
    </message>
    <message>
        <source>The role the token grants: viewer, operator, approver or admin.</source>
        <translation>Le rôle accordé par le jeton : viewer, operator, approver ou admin.</translation>
    </message>
    <message>
        <source>Who or what holds the token.</source>
        <translation>Qui ou quoi détient le jeton.</translation>
    </message>
    <message>
        <source>How long the token is good for, at most 366d.</source>
        <translation>La durée de validité du jeton, au plus 366d.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Read the signing key from this owner-only folder instead of the keychain.</source>
        <translation>Lire la clé de signature dans ce dossier réservé au propriétaire au lieu du trousseau.</translation>
    </message>
    <message>
        <source>create, list or revoke.</source>
        <translation>create, list ou revoke.</translation>
    </message>
    <message>
        <source>token needs an action: create, list or revoke</source>
        <translation>token nécessite une action : create, list ou revoke</translation>
    </message>
    <message>
        <source>--secrets-dir needs a folder</source>
        <translation>--secrets-dir nécessite un dossier</translation>
    </message>
    <message>
        <source>usage: conductor token create --role ROLE --subject NAME [--ttl 8h]</source>
        <translation>utilisation : conductor token create --role ROLE --subject NAME [--ttl 8h]</translation>
    </message>
    <message>
        <source>usage: conductor token revoke JTI</source>
        <translation>utilisation : conductor token revoke JTI</translation>
    </message>
    <message>
        <source>usage: conductor token list [--json]</source>
        <translation>utilisation : conductor token list [--json]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; one of create, list, revoke</source>
        <translation>action inconnue « %1 » ; l&apos;une de create, list, revoke</translation>
    </message>
</context>
<context>
    <name>Conductor::TokenRows</name>
    <message>
        <source>a token with id %1 exists already</source>
        <translation>un jeton d&apos;id %1 existe déjà</translation>
    </message>
    <message>
        <source>Cannot record the token: %1</source>
        <translation>Impossible d&apos;enregistrer le jeton : %1</translation>
    </message>
    <message>
        <source>Cannot revoke token %1: %2</source>
        <translation>Impossible de révoquer le jeton %1 : %2</translation>
    </message>
    <message>
        <source>token %1 was revoked already</source>
        <translation>le jeton %1 était déjà révoqué</translation>
    </message>
    <message>
        <source>no token %1</source>
        <translation>aucun jeton %1</translation>
    </message>
    <message>
        <source>Cannot revoke token %1</source>
        <translation>Impossible de révoquer le jeton %1</translation>
    </message>
    <message>
        <source>Cannot read the tokens: %1</source>
        <translation>Impossible de lire les jetons : %1</translation>
    </message>
</context>
<context>
    <name>Conductor::UsageChart</name>
    <message>
        <source>Tokens used that day</source>
        <translation>Jetons utilisés ce jour-là</translation>
    </message>
    <message>
        <source>Dollars used that day</source>
        <translation>Dollars utilisés ce jour-là</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Budget journalier</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>Dollars US</translation>
    </message>
    <message>
        <source>Nothing was used in this window.</source>
        <translation>Rien n&apos;a été utilisé dans cette période.</translation>
    </message>
    <message>
        <source>Tokens and dollars used per budget day</source>
        <translation>Jetons et dollars utilisés par journée budgétaire</translation>
    </message>
    <message>
        <source>Daily budget: %1 tokens · %2</source>
        <translation>Budget journalier : %1 jetons · %2</translation>
    </message>
    <message>
        <source>Daily budget: %1 tokens</source>
        <translation>Budget journalier : %1 jetons</translation>
    </message>
    <message>
        <source>Daily budget: %1</source>
        <translation>Budget journalier : %1</translation>
    </message>
    <message>
        <source>Alert threshold: %1</source>
        <translation>Seuil d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 tokens and %4 used</source>
        <translation>Du %1 au %2 : %3 jetons et %4 utilisés</translation>
    </message>
    <message>
        <source>%1
Dollars used that day: %2
Tokens: %3</source>
        <translation>%1
Dollars utilisés ce jour-là : %2
Jetons : %3</translation>
    </message>
    <message>
        <source>%1
Tokens used that day: %2
Dollars: %3</source>
        <translation>%1
Jetons utilisés ce jour-là : %2
Dollars : %3</translation>
    </message>
</context>
<context>
    <name>Conductor::UserStore</name>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Impossible de lire les utilisateurs : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits and . _ @ -, at most 64)</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;utilisateur valide (lettres, chiffres et . _ @ -, 64 au plus)</translation>
    </message>
    <message>
        <source>user %1 exists already</source>
        <translation>l&apos;utilisateur %1 existe déjà</translation>
    </message>
    <message>
        <source>Cannot add user %1: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;utilisateur %1 : %2</translation>
    </message>
    <message>
        <source>Cannot change the role of %1: %2</source>
        <translation>Impossible de modifier le rôle de %1 : %2</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>aucun utilisateur %1</translation>
    </message>
    <message>
        <source>Cannot store the second factor of %1: %2</source>
        <translation>Impossible d&apos;enregistrer le second facteur de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot unlock %1: %2</source>
        <translation>Impossible de déverrouiller %1 : %2</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>code accepté</translation>
    </message>
    <message>
        <source>wrong code for %1 (%2 wrong codes in a row lock it for %3 minutes)</source>
        <translation>code erroné pour %1 (%2 codes erronés d&apos;affilée le verrouillent pendant %3 minutes)</translation>
    </message>
    <message>
        <source>this code of %1 was used already; wait for the next one</source>
        <translation>ce code de %1 a déjà été utilisé ; attendez le suivant</translation>
    </message>
    <message>
        <source>the second factor of %1 is locked after %2 wrong codes; wait, or ask an admin: conductor users unlock %1</source>
        <translation>le second facteur de %1 est verrouillé après %2 codes erronés ; patientez, ou demandez à un administrateur : conductor users unlock %1</translation>
    </message>
    <message>
        <source>%1 has no second factor; enroll one: conductor users enroll-totp %1</source>
        <translation>%1 n&apos;a pas de second facteur ; enregistrez-en un : conductor users enroll-totp %1</translation>
    </message>
    <message>
        <source>%1 is not a Conductor user</source>
        <translation>%1 n&apos;est pas un utilisateur de Conductor</translation>
    </message>
    <message>
        <source>the code could not be checked</source>
        <translation>le code n&apos;a pas pu être vérifié</translation>
    </message>
</context>
<context>
    <name>Conductor::UsersCommand</name>
    <message>
        <source>a role is one of %1, not &apos;%2&apos;</source>
        <translation>un rôle vaut l&apos;un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>Manages the people who may act on this database and their roles (%1).

  users list
  users add NAME --role ROLE          (admin)
  users set-role NAME ROLE            (admin)
  users enroll-totp NAME              (NAME themselves, or an admin)
  users unlock NAME                   (admin; after 5 wrong codes)</source>
        <translation>Gère les personnes autorisées à agir sur cette base de données et leurs rôles (%1).

  users list
  users add NAME --role ROLE          (admin)
  users set-role NAME ROLE            (admin)
  users enroll-totp NAME              (NAME lui-même, ou un admin)
  users unlock NAME                   (admin ; après 5 codes erronés)</translation>
    </message>
    <message>
        <source>The new user&apos;s role.</source>
        <translation>Le rôle du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>SHA1 (default), SHA256 or SHA512.</source>
        <translation>SHA1 (par défaut), SHA256 ou SHA512.</translation>
    </message>
    <message>
        <source>Do not draw the QR code on the terminal.</source>
        <translation>Ne pas dessiner le code QR dans le terminal.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>list, add, set-role, enroll-totp or unlock.</source>
        <translation>list, add, set-role, enroll-totp ou unlock.</translation>
    </message>
    <message>
        <source>users needs an action: list, add, set-role, enroll-totp or unlock</source>
        <translation>users nécessite une action : list, add, set-role, enroll-totp ou unlock</translation>
    </message>
    <message>
        <source>usage: conductor users %1</source>
        <translation>utilisation : conductor users %1</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <source>%1  %2  %3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>TOTP enrolled</source>
        <translation>TOTP enregistré</translation>
    </message>
    <message>
        <source>no TOTP</source>
        <translation>pas de TOTP</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, verrouillé</translation>
    </message>
    <message>
        <source>users add needs --role ROLE (%1)</source>
        <translation>users add nécessite --role ROLE (%1)</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>ajouter des utilisateurs</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>modifier des rôles</translation>
    </message>
    <message>
        <source>an admin cannot lower their own role; another admin can</source>
        <translation>un administrateur ne peut pas abaisser son propre rôle ; un autre administrateur le peut</translation>
    </message>
    <message>
        <source>added %1 as %2</source>
        <translation>%1 ajouté en tant que %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 a désormais le rôle %2</translation>
    </message>
    <message>
        <source>--algorithm is SHA1, SHA256 or SHA512, not &apos;%1&apos;</source>
        <translation>--algorithm vaut SHA1, SHA256 ou SHA512, pas « %1 »</translation>
    </message>
    <message>
        <source>enroll a second factor for %1</source>
        <translation>enregistrer un second facteur pour %1</translation>
    </message>
    <message>
        <source>Second factor for %1. Scan the code with an authenticator app, or enter the secret by hand. Any earlier one no longer works.</source>
        <translation>Second facteur pour %1. Scannez le code avec une application d&apos;authentification, ou saisissez le secret à la main. Tout code précédent ne fonctionne plus.</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>secret : %1</translation>
    </message>
    <message>
        <source>uri:    %1</source>
        <translation>uri :    %1</translation>
    </message>
    <message>
        <source>unlock a second factor</source>
        <translation>déverrouiller un second facteur</translation>
    </message>
    <message>
        <source>%1 may give codes again</source>
        <translation>%1 peut de nouveau donner des codes</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; one of list, add, set-role, enroll-totp, unlock</source>
        <translation>action inconnue « %1 » ; l&apos;une de list, add, set-role, enroll-totp, unlock</translation>
    </message>
</context>
<context>
    <name>Conductor::ValidateCommand</name>
    <message>
        <source>Checks configuration and pipeline files and reports every problem as FILE:LINE:COLUMN: message.</source>
        <translation>Vérifie les fichiers de configuration et de pipeline et signale chaque problème sous la forme FICHIER:LIGNE:COLONNE: message.</translation>
    </message>
    <message>
        <source>Print nothing for valid files.</source>
        <translation>Ne rien afficher pour les fichiers valides.</translation>
    </message>
    <message>
        <source>Configuration or pipeline files.</source>
        <translation>Fichiers de configuration ou de pipeline.</translation>
    </message>
    <message>
        <source>validate needs at least one file</source>
        <translation>validate nécessite au moins un fichier</translation>
    </message>
    <message>
        <source>%1: valid pipeline</source>
        <translation>%1 : pipeline valide</translation>
    </message>
    <message>
        <source>%1: valid configuration</source>
        <translation>%1 : configuration valide</translation>
    </message>
</context>
<context>
    <name>Conductor::WebhookNotifier</name>
    <message>
        <source>Firing</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Conductor alert %1</source>
        <translation>Alerte Conductor %1</translation>
    </message>
    <message>
        <source>[%1] %2 (%3): %4</source>
        <translation>[%1] %2 (%3) : %4</translation>
    </message>
    <message>
        <source>the secret %1 does not hold a webhook URL</source>
        <translation>le secret %1 ne contient pas d&apos;URL de webhook</translation>
    </message>
    <message>
        <source>the webhook URL in the secret %1 must use https</source>
        <translation>l&apos;URL de webhook du secret %1 doit utiliser https</translation>
    </message>
    <message>
        <source>the webhook answered %1</source>
        <translation>le webhook a répondu %1</translation>
    </message>
    <message>
        <source>the webhook answered %1: %2</source>
        <translation>le webhook a répondu %1 : %2</translation>
    </message>
</context>
<context>
    <name>Conductor::WelcomePanel</name>
    <message>
        <source>Welcome to Conductor</source>
        <translation>Bienvenue dans Conductor</translation>
    </message>
    <message>
        <source>Start a &amp;demo run</source>
        <translation>Lancer une exécution de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Nouveau pipeline…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Conductor runs an idea through a pipeline of AI agents — research, feasibility, risk, design, scaffolding and deployment checks — keeps its tokens and dollars within budgets, and asks you to approve its quality gates.</source>
        <translation>Conductor fait passer une idée par un pipeline d&apos;agents d&apos;IA — recherche, faisabilité, risques, conception, squelette et contrôles avant déploiement —, garde ses jetons et ses dollars dans les budgets et vous demande d&apos;approuver ses gates de qualité.</translation>
    </message>
    <message>
        <source>What Conductor does</source>
        <translation>Ce que fait Conductor</translation>
    </message>
    <message>
        <source>What Conductor runs on</source>
        <translation>Ce sur quoi Conductor fonctionne</translation>
    </message>
    <message>
        <source>Start a demo run</source>
        <translation>Lancer une exécution de démonstration</translation>
    </message>
    <message>
        <source>Starts the shipped I2S pipeline on a sample idea; its first gate waits for your decision</source>
        <translation>Démarre le pipeline I2S fourni sur une idée d&apos;exemple ; son premier gate attend votre décision</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Starts a pipeline on an idea of your own</source>
        <translation>Démarre un pipeline sur une idée à vous</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Make it your own</source>
        <translation>Adapter Conductor</translation>
    </message>
    <message>
        <source>It runs on the shipped configuration.</source>
        <translation>Conductor fonctionne avec la configuration fournie.</translation>
    </message>
    <message>
        <source>It runs on your configuration, %1.</source>
        <translation>Conductor fonctionne avec votre configuration, %1.</translation>
    </message>
    <message>
        <source>A demo run takes the shipped I2S pipeline, whose agents are simulated: no API keys are needed and no real money is spent (its simulated costs count in today&apos;s budget).</source>
        <translation>Une exécution de démonstration utilise le pipeline I2S fourni, dont les agents sont simulés : aucune clé d&apos;API n&apos;est nécessaire et aucun argent réel n&apos;est dépensé (ses coûts simulés comptent dans le budget du jour).</translation>
    </message>
    <message>
        <source>Executions started with &lt;tt&gt;conductor run&lt;/tt&gt; show here.</source>
        <translation>Les exécutions démarrées avec &lt;tt&gt;conductor run&lt;/tt&gt; s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Starting the demo run…</source>
        <translation>Démarrage de l&apos;exécution de démonstration…</translation>
    </message>
    <message>
        <source>Make it your own — your agents, budgets and gates — in the &lt;a href=&quot;#configuration&quot;&gt;Configuration&lt;/a&gt; view.</source>
        <translation>Adaptez Conductor — vos agents, budgets et gates — dans la vue &lt;a href=&quot;#configuration&quot;&gt;Configuration&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Conductor::YamlLoader</name>
    <message>
        <source>unexpected &apos;,&apos;; commas separate items only inside [ ] or { }</source>
        <translation>« , » inattendue ; les virgules ne séparent des éléments qu&apos;à l&apos;intérieur de [ ] ou { }</translation>
    </message>
    <message>
        <source>a second YAML document starts here; a file holds one document</source>
        <translation>un second document YAML commence ici ; un fichier contient un seul document</translation>
    </message>
    <message>
        <source>text after the end of the document (&apos;...&apos;); a file holds one document</source>
        <translation>texte après la fin du document (« ... ») ; un fichier contient un seul document</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB; configuration files are small, so this is not one</source>
        <translation>le fichier dépasse %1 Kio ; les fichiers de configuration sont petits, ce n&apos;en est donc pas un</translation>
    </message>
    <message>
        <source>the file is %1 text; YAML files must be UTF-8, so save it as UTF-8</source>
        <translation>le fichier est en texte %1 ; les fichiers YAML doivent être en UTF-8, enregistrez-le donc en UTF-8</translation>
    </message>
    <message>
        <source>not a text file: YAML files must be UTF-8 text</source>
        <translation>pas un fichier texte : les fichiers YAML doivent être du texte UTF-8</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>l&apos;imbrication dépasse %1 niveaux</translation>
    </message>
    <message>
        <source>more than %1 aliases (*name); a configuration needs far fewer</source>
        <translation>plus de %1 alias (*name) ; une configuration en nécessite bien moins</translation>
    </message>
    <message>
        <source>more than %1 values; a configuration needs far fewer</source>
        <translation>plus de %1 valeurs ; une configuration en nécessite bien moins</translation>
    </message>
    <message>
        <source>a tab indents this line; YAML indents with spaces only</source>
        <translation>une tabulation indente cette ligne ; YAML n&apos;indente qu&apos;avec des espaces</translation>
    </message>
    <message>
        <source>this quoted text is never closed</source>
        <translation>ce texte entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>this %1 is never closed; add the closing %2</source>
        <translation>ce %1 n&apos;est jamais fermé ; ajoutez le %2 fermant</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>erreur de syntaxe : %1</translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation>impossible d&apos;analyser le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values, but the document holds no value</source>
        <translation>un mappage de clés vers des valeurs était attendu, mais le document ne contient aucune valeur</translation>
    </message>
    <message>
        <source>an alias inside this value refers back to it, so it would never end</source>
        <translation>un alias dans cette valeur y renvoie, elle ne se terminerait donc jamais</translation>
    </message>
    <message>
        <source>the aliases (*name) expand the document to more than %1 values</source>
        <translation>les alias (*name) développent le document à plus de %1 valeurs</translation>
    </message>
</context>
<context>
    <name>Conductor::YamlReader</name>
    <message>
        <source>the document expands to more than %1 nodes (through aliases?); it is not read further</source>
        <translation>le document se développe à plus de %1 nœuds (par des alias ?) ; il n&apos;est pas lu plus loin</translation>
    </message>
    <message>
        <source>tags such as %1 are not supported; write the plain value</source>
        <translation>les étiquettes comme %1 ne sont pas prises en charge ; écrivez la valeur simple</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>au premier niveau</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are not supported; repeat the values or use an alias</source>
        <translation>les clés de fusion (&lt;&lt;) ne sont pas prises en charge ; répétez les valeurs ou utilisez un alias</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; %2; did you mean &apos;%3&apos;?</source>
        <translation>clé inconnue « %1 » %2 ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; %2; expected one of: %3</source>
        <translation>clé inconnue « %1 » %2 ; l&apos;une de celles-ci était attendue : %3</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values, got %1</source>
        <translation>un mappage de clés vers des valeurs était attendu, reçu %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values, got %2</source>
        <translation>%1 doit être un mappage de clés vers des valeurs, reçu %2</translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation>les clés doivent être des noms simples, pas %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined on line %2)</source>
        <translation>clé en double « %1 » (définie d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 must be a list, got %2</source>
        <translation>%1 doit être une liste, reçu %2</translation>
    </message>
    <message>
        <source>%1 must be %2, got %3</source>
        <translation>%1 doit être %2, reçu %3</translation>
    </message>
    <message>
        <source>%1 must be %2, not the quoted text %3; remove the quotes</source>
        <translation>%1 doit être %2, pas le texte entre guillemets %3 ; supprimez les guillemets</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 doit être un nombre entier, reçu %2</translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2</source>
        <translation>%1 ne doit pas être négatif, reçu %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 doit être compris entre %2 et %3, reçu %4</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 doit être un nombre, reçu %2</translation>
    </message>
    <message>
        <source>an amount in US dollars</source>
        <translation>un montant en dollars US</translation>
    </message>
    <message>
        <source>%1 must be an amount in US dollars with at most six decimals, such as 50 or 12.50, got %2</source>
        <translation>%1 doit être un montant en dollars US avec six décimales au plus, comme 50 ou 12.50, reçu %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 doit valoir true ou false, reçu %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>%1 must be a name of letters, digits, &apos;_&apos; and &apos;-&apos; that starts with a letter (at most 64 characters), got %2</source>
        <translation>%1 doit être un nom composé de lettres, de chiffres, de « _ » et de « - » commençant par une lettre (64 caractères au plus), reçu %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;un de %1</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 doit être l&apos;un de %2, reçu %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3; did you mean &apos;%4&apos;?</source>
        <translation>%1 doit être l&apos;un de %2, reçu %3 ; vouliez-vous dire « %4 » ?</translation>
    </message>
    <message>
        <source>a duration such as 30s or 5m</source>
        <translation>une durée comme 30s ou 5m</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 lists &apos;%2&apos; twice</source>
        <translation>%1 liste « %2 » deux fois</translation>
    </message>
</context>
<context>
    <name>Conductor::YamlValueEdit</name>
    <message>
        <source>%1 is a mapping, not a single value</source>
        <translation>%1 est un mappage, pas une valeur unique</translation>
    </message>
    <message>
        <source>%1 is a list, not a single value</source>
        <translation>%1 est une liste, pas une valeur unique</translation>
    </message>
    <message>
        <source>%1 has no value to change; edit it in the text</source>
        <translation>%1 n&apos;a pas de valeur à modifier ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is written in a way this editor does not change; edit it in the text</source>
        <translation>%1 est écrit d&apos;une manière que cet éditeur ne modifie pas ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is an alias of another value; change the value it refers to</source>
        <translation>%1 est un alias d&apos;une autre valeur ; modifiez la valeur à laquelle il renvoie</translation>
    </message>
    <message>
        <source>%1 is a block of text (| or &gt;); edit it in the text</source>
        <translation>%1 est un bloc de texte (| ou &gt;) ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1: its closing quote is missing</source>
        <translation>%1 : son guillemet fermant manque</translation>
    </message>
    <message>
        <source>%1 spans several lines; edit it in the text</source>
        <translation>%1 s&apos;étend sur plusieurs lignes ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>changing %1 here would change more than that value; edit it in the text</source>
        <translation>modifier %1 ici modifierait plus que cette valeur ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>the document cannot be read</source>
        <translation>le document est illisible</translation>
    </message>
    <message>
        <source>the document cannot be read: %1</source>
        <translation>le document est illisible : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a value</source>
        <translation>« %1 » ne nomme pas une valeur</translation>
    </message>
    <message>
        <source>%1 is not in the document</source>
        <translation>%1 n&apos;est pas dans le document</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2 is not a mapping written as indented lines</source>
        <translation>%1 ne peut pas être ajouté : %2 n&apos;est pas un mappage écrit en lignes indentées</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2 is written as null</source>
        <translation>%1 ne peut pas être ajouté : %2 est écrit comme null</translation>
    </message>
    <message>
        <source>%1 is not a list this editor can add to</source>
        <translation>%1 n&apos;est pas une liste à laquelle cet éditeur peut ajouter</translation>
    </message>
    <message>
        <source>%1 cannot be removed here; edit it in the text</source>
        <translation>%1 ne peut pas être supprimé ici ; modifiez-le dans le texte</translation>
    </message>
</context>
</TS>
