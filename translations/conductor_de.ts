<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Conductor::Access</name>
    <message>
        <source>%1 is not a user of %2; an admin can add them: conductor users add %1 --role %3</source>
        <translation>%1 ist kein Benutzer von %2; ein Admin kann %1 hinzufügen: conductor users add %1 --role %3</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3, and %1 is %4</source>
        <translation>%1 ist nicht berechtigt, %2: Dafür ist die Rolle %3 nötig, und %1 hat die Rolle %4</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertCondition</name>
    <message>
        <source>expected a metric name such as error_rate</source>
        <translation>Metrikname wie error_rate erwartet</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; known metrics: %2</source>
        <translation>unbekannte Metrik &apos;%1&apos;; bekannte Metriken: %2</translation>
    </message>
    <message>
        <source>expected a comparison (&gt;, &gt;=, &lt;, &lt;=, == or !=) after &apos;%1&apos;</source>
        <translation>Vergleich (&gt;, &gt;=, &lt;, &lt;=, == oder !=) nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is a rate: write a percentage such as 5% or a fraction such as 0.05</source>
        <translation>%1 ist eine Rate: Schreiben Sie einen Prozentwert wie 5% oder einen Anteil wie 0.05</translation>
    </message>
    <message>
        <source>%1 is a rate between 0 and 1; did you mean %2%?</source>
        <translation>%1 ist eine Rate zwischen 0 und 1; meinten Sie %2%?</translation>
    </message>
    <message>
        <source>%1 is a time: %2</source>
        <translation>%1 ist eine Zeitangabe: %2</translation>
    </message>
    <message>
        <source>%1 takes a plain number, not &apos;%2&apos;</source>
        <translation>%1 erwartet eine Zahl ohne Einheit, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a number after the comparison</source>
        <translation>nach dem Vergleich wird eine Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a number or one of %1 after the comparison</source>
        <translation>nach dem Vergleich wird eine Zahl oder einer der Werte %1 erwartet</translation>
    </message>
    <message>
        <source>expected a factor such as 0.8 after &apos;*&apos;</source>
        <translation>nach &apos;*&apos; wird ein Faktor wie 0.8 erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at the end of the condition</source>
        <translation>unerwartetes &apos;%1&apos; am Ende der Bedingung</translation>
    </message>
    <message>
        <source>%1 is in milliseconds: write a number such as 500 or 500ms</source>
        <translation>%1 wird in Millisekunden angegeben: schreiben Sie eine Zahl wie 500 oder 500ms</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertRows</name>
    <message>
        <source>Cannot record the alert %1: %2</source>
        <translation>Der Alarm %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot change the alert %1: %2</source>
        <translation>Der Alarm %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>no alert %1</source>
        <translation>kein Alarm %1</translation>
    </message>
    <message>
        <source>Cannot read the alerts: %1</source>
        <translation>Die Alarme können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertsCommand</name>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>Every alert recorded, the resolved ones too.</source>
        <translation>Jeden gespeicherten Alarm, auch die behobenen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>read the alerts</source>
        <translation>Alarme zu lesen</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Keine Alarme.</translation>
    </message>
    <message>
        <source>No alert is firing or acknowledged (--all lists the resolved ones too).</source>
        <translation>Kein Alarm ist ausgelöst oder bestätigt (--all listet auch die behobenen auf).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>RAISED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>acknowledge alerts</source>
        <translation>Alarme bestätigen</translation>
    </message>
    <message>
        <source>no alert %1</source>
        <translation>kein Alarm %1</translation>
    </message>
    <message>
        <source>alert %1 is %2, not firing</source>
        <translation>Alarm %1 ist %2, nicht ausgelöst</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>Lists the alerts that are firing or acknowledged, the most recently raised first; with --acknowledge ID, says that a person saw a firing alert.</source>
        <translation>Listet die ausgelösten oder bestätigten Alarme auf, den zuletzt ausgelösten zuerst; mit --acknowledge ID wird bestätigt, dass eine Person einen ausgelösten Alarm gesehen hat.</translation>
    </message>
    <message>
        <source>Acknowledge the firing alert with this id (operators and above); it stays open until its condition no longer holds.</source>
        <translation>Den ausgelösten Alarm mit dieser ID bestätigen (ab Operator); er bleibt offen, bis seine Bedingung nicht mehr zutrifft.</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertsModel</name>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 → %2
%3</source>
        <translation>%1 → %2
%3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst am</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
</context>
<context>
    <name>Conductor::AlertsPage</name>
    <message>
        <source>Show &amp;resolved alerts</source>
        <translation>&amp;Behobene Alarme anzeigen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>B&amp;estätigen</translation>
    </message>
    <message>
        <source>Alerts raised by the alert rules</source>
        <translation>Von den Alarmregeln ausgelöste Alarme</translation>
    </message>
    <message>
        <source>Mark the selected firing alert as seen; it stays until its rule no longer holds</source>
        <translation>Den gewählten ausgelösten Alarm als gesehen markieren; er bleibt, bis seine Regel nicht mehr zutrifft</translation>
    </message>
    <message>
        <source>The alerts cannot be read: %1</source>
        <translation>Die Alarme können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No alert has been raised.</source>
        <translation>Es wurde noch kein Alarm ausgelöst.</translation>
    </message>
    <message>
        <source>No alert is firing.</source>
        <translation>Kein Alarm ist ausgelöst.</translation>
    </message>
    <message>
        <source>No alert fires unacknowledged.</source>
        <translation>Kein ausgelöster Alarm ist unbestätigt.</translation>
    </message>
    <message>
        <source>One alert fires unacknowledged.</source>
        <translation>Ein ausgelöster Alarm ist unbestätigt.</translation>
    </message>
    <message>
        <source>%1 alerts fire unacknowledged.</source>
        <translation>%1 ausgelöste Alarme sind unbestätigt.</translation>
    </message>
    <message>
        <source>Alert rules are not checked by this window; acknowledge with: conductor alerts --acknowledge ID</source>
        <translation>Dieses Fenster prüft keine Alarmregeln; bestätigen mit: conductor alerts --acknowledge ID</translation>
    </message>
</context>
<context>
    <name>Conductor::ApiServer</name>
    <message>
        <source>Refusing to serve the API on %1 without TLS: give a certificate and its key, or listen on 127.0.0.1</source>
        <translation>Die API wird auf %1 ohne TLS nicht bereitgestellt: Geben Sie ein Zertifikat und seinen Schlüssel an, oder lauschen Sie auf 127.0.0.1</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key</source>
        <translation>TLS braucht sowohl ein Zertifikat als auch seinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>Conductor::ApiService</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Serving on %1</source>
        <translation>Bereitgestellt unter %1</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on.</source>
        <translation>„%1“ ist keine Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <source>The desktop app serves loopback addresses only; to serve other machines, run conductor --headless with --tls-cert and --tls-key.</source>
        <translation>Die Desktop-App stellt die API nur auf Loopback-Adressen bereit; um andere Rechner zu bedienen, starten Sie conductor --headless mit --tls-cert und --tls-key.</translation>
    </message>
    <message>
        <source>The API cannot check tokens without its signing key: %1</source>
        <translation>Ohne ihren Signierschlüssel kann die API keine Token prüfen: %1</translation>
    </message>
    <message>
        <source>The engine did not start: %1</source>
        <translation>Die Engine ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Cannot read the pipeline the API starts, %1: %2</source>
        <translation>Die Pipeline, die die API startet, %1, kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ApiSigningKey</name>
    <message>
        <source>The API signing key %1 in %2 is not 64 or more hexadecimal digits (32 random bytes); make it with: openssl rand -hex 32</source>
        <translation>Der API-Signierschlüssel %1 in %2 besteht nicht aus 64 oder mehr Hexadezimalziffern (32 Zufallsbytes); erzeugen Sie ihn mit: openssl rand -hex 32</translation>
    </message>
    <message>
        <source>There is no API signing key %1 in %2.</source>
        <translation>In %2 gibt es keinen API-Signierschlüssel %1.</translation>
    </message>
    <message>
        <source>There is no API signing key in %1, which Conductor cannot write to. Make one there, readable by its owner only: openssl rand -hex 32 &gt; %2</source>
        <translation>In %1 gibt es keinen API-Signierschlüssel, und Conductor kann dort nicht schreiben. Legen Sie ihn dort an, nur für den Besitzer lesbar: openssl rand -hex 32 &gt; %2</translation>
    </message>
    <message>
        <source>Cannot make an API signing key: libsodium did not start.</source>
        <translation>Es kann kein API-Signierschlüssel erzeugt werden: libsodium ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>Cannot keep the new API signing key in %1: %2</source>
        <translation>Der neue API-Signierschlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::AuditModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Retry strategy changed</source>
        <translation>Wiederholungsstrategie geändert</translation>
    </message>
    <message>
        <source>Agent changed</source>
        <translation>Agent gewechselt</translation>
    </message>
    <message>
        <source>Budget override</source>
        <translation>Budgetüberschreibung</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <source>Started (pipeline %1)</source>
        <translation>Gestartet (Pipeline %1)</translation>
    </message>
    <message>
        <source>Approved gate %1</source>
        <translation>Freigabe %1 genehmigt</translation>
    </message>
    <message>
        <source>Rejected gate %1</source>
        <translation>Freigabe %1 abgelehnt</translation>
    </message>
    <message>
        <source>Gate %1 expired</source>
        <translation>Freigabe %1 abgelaufen</translation>
    </message>
    <message>
        <source>Skipped stage %1</source>
        <translation>Stufe %1 übersprungen</translation>
    </message>
    <message>
        <source>Retried stage %1</source>
        <translation>Stufe %1 wiederholt</translation>
    </message>
    <message>
        <source>Retry strategy of %1 set to %2</source>
        <translation>Wiederholungsstrategie von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>Agent of %1 set to %2</source>
        <translation>Agent von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>tokens: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Budget override: %1</source>
        <translation>Budgetüberschreibung: %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>(its timeout)</source>
        <translation>(Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>API-Token erstellt</translation>
    </message>
    <message>
        <source>API token revoked</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Alarm bestätigt</translation>
    </message>
</context>
<context>
    <name>Conductor::AuditPage</name>
    <message>
        <source>Conditions: none</source>
        <translation>Bedingungen: keine</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Bedingungen: %1</translation>
    </message>
    <message>
        <source>Second factor: none</source>
        <translation>Zweiter Faktor: keiner</translation>
    </message>
    <message>
        <source>Second factor: %1</source>
        <translation>Zweiter Faktor: %1</translation>
    </message>
    <message>
        <source>Decided by its timeout</source>
        <translation>Durch Zeitüberschreitung entschieden</translation>
    </message>
    <message>
        <source>Reviewer&apos;s role: %1</source>
        <translation>Rolle des Prüfers: %1</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Tokens from the emergency reserve: %1</source>
        <translation>Token aus der Notfallreserve: %1</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pipeline: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Retry strategy: %1</source>
        <translation>Wiederholungsstrategie: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Show what was done in this time</source>
        <translation>Zeigen, was in diesem Zeitraum getan wurde</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Gate decisions</source>
        <translation>Freigabeentscheidungen</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Konfigurationsänderungen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Show only this kind of action</source>
        <translation>Nur diese Art von Aktion anzeigen</translation>
    </message>
    <message>
        <source>Who…</source>
        <translation>Wer …</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Show what people whose name contains this did</source>
        <translation>Zeigen, was Personen getan haben, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Search reasons, subjects, ideas…</source>
        <translation>Begründungen, Gegenstände, Ideen suchen …</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Save every entry the filters select as a CSV file</source>
        <translation>Alle von den Filtern ausgewählten Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Prüfprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Execution:</source>
        <translation>Ausführung:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>More:</source>
        <translation>Weiteres:</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Entries: the newest %1 (narrow the filters for older ones)</source>
        <translation>Einträge: die neuesten %1 (für ältere die Filter einschränken)</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Select an entry to see all that was recorded.</source>
        <translation>Wählen Sie einen Eintrag aus, um alles zu sehen, was protokolliert wurde.</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(keine Begründung angegeben)</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>nichts weiter</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Prüfprotokoll wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Exporting the audit trail: %1 of %2 entries</source>
        <translation>Prüfprotokoll wird exportiert: %1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>Conductor::BreakdownChart</name>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Tokens per stage or agent</source>
        <translation>Token je Stufe oder Agent</translation>
    </message>
    <message>
        <source>Dollars per stage or agent</source>
        <translation>Dollar je Stufe oder Agent</translation>
    </message>
    <message>
        <source>%1
Tokens: %2
Dollars: %3
Attempts: %4</source>
        <translation>%1
Token: %2
Dollar: %3
Versuche: %4</translation>
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
        <translation>VERBRAUCHT</translation>
    </message>
    <message>
        <source>HELD</source>
        <translation>RESERVIERT</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>ÜBRIG</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Dollars</source>
        <translation>Dollar</translation>
    </message>
    <message>
        <source>Nothing used yet.</source>
        <translation>Noch nichts verbraucht.</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Daily budget for %1 (%2); executions that day: %3</source>
        <translation>Tagesbudget für %1 (%2); Ausführungen an diesem Tag: %3</translation>
    </message>
    <message>
        <source>Emergency tokens: %1 of %2 used or held</source>
        <translation>Token aus der Notfallreserve: %1 von %2 verbraucht oder reserviert</translation>
    </message>
    <message>
        <source>Used beyond what was held: %1 tokens, %2</source>
        <translation>Über die Reservierungen hinaus verbraucht: %1 Token, %2</translation>
    </message>
    <message>
        <source>Alert threshold: %1, crossed at %2</source>
        <translation>Alarmschwelle: %1, überschritten am %2</translation>
    </message>
    <message>
        <source>Alert threshold: %1, not reached</source>
        <translation>Alarmschwelle: %1, nicht erreicht</translation>
    </message>
    <message>
        <source>Time: %1 of the day gone, %2 left (it ends at %3)</source>
        <translation>Zeit: %1 des Tages vergangen, noch %2 übrig (Tagesende: %3)</translation>
    </message>
    <message>
        <source>Execution %1 (%2), started %3</source>
        <translation>Ausführung %1 (%2), gestartet am %3</translation>
    </message>
    <message>
        <source>The dollar budget is its --max-cost of %1, and %2 approvers granted</source>
        <translation>Das Dollar-Budget ist ihr --max-cost von %1, zuzüglich %2, die Approver gewährt haben</translation>
    </message>
    <message>
        <source>The dollar budget is its --max-cost of %1</source>
        <translation>Das Dollar-Budget ist ihr --max-cost von %1</translation>
    </message>
    <message>
        <source>Granted beyond the budgets: %1 emergency tokens (%2 used or held), %3 (%4 used or held)</source>
        <translation>Über die Budgets hinaus gewährt: %1 Token aus der Notfallreserve (%2 verbraucht oder reserviert), %3 (%4 verbraucht oder reserviert)</translation>
    </message>
    <message>
        <source>Expected in all: %1 tokens, %2</source>
        <translation>Insgesamt erwartet: %1 Token, %2</translation>
    </message>
    <message>
        <source>Shows the budgets and what was used of them: today&apos;s, another day&apos;s, or one execution&apos;s.</source>
        <translation>Zeigt die Budgets und ihren Verbrauch: für heute, für einen anderen Tag oder für eine einzelne Ausführung.</translation>
    </message>
    <message>
        <source>One execution, with the configuration it started with.</source>
        <translation>Eine einzelne Ausführung, mit der Konfiguration, mit der sie gestartet wurde.</translation>
    </message>
    <message>
        <source>Another day than today, in the budgets&apos; time zone.</source>
        <translation>Ein anderer Tag als heute, in der Zeitzone der Budgets.</translation>
    </message>
    <message>
        <source>A conductor-agent.yml whose daily budgets and time zone apply (default: the built-in one).</source>
        <translation>Eine conductor-agent.yml, deren Tagesbudgets und Zeitzone gelten (Standard: die eingebaute).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--execution and --day exclude each other</source>
        <translation>--execution und --day schließen einander aus</translation>
    </message>
    <message>
        <source>--day takes a date such as 2026-03-14, not &apos;%1&apos;</source>
        <translation>--day erwartet ein Datum wie 2026-03-14, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>read budgets</source>
        <translation>Budgets zu lesen</translation>
    </message>
    <message>
        <source>no execution %1</source>
        <translation>keine Ausführung %1</translation>
    </message>
    <message>
        <source>the configuration %1 started with cannot be read; its budgets are shown with the current one</source>
        <translation>die Konfiguration, mit der %1 gestartet wurde, kann nicht gelesen werden; die Budgets werden mit der aktuellen Konfiguration angezeigt</translation>
    </message>
    <message>
        <source>cannot read the budget of %1</source>
        <translation>das Budget für %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Dollars granted by approvers beyond the budget, used or held: %1</source>
        <translation>Von Approvern über das Budget hinaus gewährte Dollar, verbraucht oder reserviert: %1</translation>
    </message>
    <message>
        <source>The dollar budget is the daily budget: the execution has no --max-cost, and shares the day&apos;s budget with the others</source>
        <translation>Das Dollar-Budget ist das Tagesbudget: Die Ausführung hat kein --max-cost und teilt sich das Tagesbudget mit den anderen</translation>
    </message>
    <message>
        <source>Time: %1 of running time against a limit of %2; %3 left</source>
        <translation>Zeit: %1 Laufzeit bei einem Limit von %2; %3 übrig</translation>
    </message>
</context>
<context>
    <name>Conductor::BudgetsPage</name>
    <message>
        <source>Tokens today</source>
        <translation>Token heute</translation>
    </message>
    <message>
        <source>Dollars today</source>
        <translation>Dollar heute</translation>
    </message>
    <message>
        <source>Emergency reserve</source>
        <translation>Notfallreserve</translation>
    </message>
    <message>
        <source>Budget day</source>
        <translation>Budgettag</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <source>The day&apos;s budgets</source>
        <translation>Die Budgets des Tages</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Dollars:</source>
        <translation>Dollar:</translation>
    </message>
    <message>
        <source>Emergency reserve:</source>
        <translation>Notfallreserve:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Tokens used</source>
        <translation>Verbrauchte Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Held now</source>
        <translation>Jetzt reserviert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Use by stage and agent</source>
        <translation>Verbrauch nach Stufe und Agent</translation>
    </message>
    <message>
        <source>By stage and agent</source>
        <translation>Nach Stufe und Agent</translation>
    </message>
    <message>
        <source>Budget day %1 (%2)</source>
        <translation>Budgettag %1 (%2)</translation>
    </message>
    <message>
        <source>The budget day could not be read from the database.</source>
        <translation>Der Budgettag konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>used %1 · held %2 · left %3 of %4</source>
        <translation>verbraucht %1 · reserviert %2 · übrig %3 von %4</translation>
    </message>
    <message>
        <source>granted and used %1 · held %2 of %3 tokens</source>
        <translation>gewährt und verbraucht %1 · reserviert %2 von %3 Token</translation>
    </message>
    <message>
        <source>⚠ The alert threshold of %1 was crossed at %2.</source>
        <translation>⚠ Die Alarmschwelle von %1 wurde um %2 überschritten.</translation>
    </message>
    <message>
        <source>Alert at %1.</source>
        <translation>Alarm bei %1.</translation>
    </message>
    <message>
        <source>Approvers granted %1 beyond the budget (held: %2).</source>
        <translation>Prüfer haben %1 über das Budget hinaus gewährt (reserviert: %2).</translation>
    </message>
    <message>
        <source>Attempts used %1 tokens and %2 beyond their holds.</source>
        <translation>Versuche haben %1 Token und %2 über ihre Reservierungen hinaus verbraucht.</translation>
    </message>
    <message>
        <source>Executions that held anything: %1.</source>
        <translation>Ausführungen mit Reservierungen: %1.</translation>
    </message>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 Token · %2</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Usage window</source>
        <translation>Verbrauchszeitraum</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Nach Agent</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>The day in detail</source>
        <translation>Der Tag im Detail</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verbrauch</translation>
    </message>
</context>
<context>
    <name>Conductor::ChatStreamParser</name>
    <message>
        <source>a chunk of the stream is not JSON: %1</source>
        <translation>ein Abschnitt des Streams ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the answer has no choices[0].message</source>
        <translation>der Antwort fehlt choices[0].message</translation>
    </message>
</context>
<context>
    <name>Conductor::CommandAgent</name>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the agent has no command</source>
        <translation>der Agent hat keinen Befehl</translation>
    </message>
    <message>
        <source>cannot start &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>output larger than %1 bytes</source>
        <translation>Ausgabe größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the agent was killed by %1</source>
        <translation>der Agent wurde durch %1 beendet</translation>
    </message>
    <message>
        <source>the agent rejected the request (exit status %1)</source>
        <translation>der Agent hat die Anfrage abgewiesen (Exit-Status %1)</translation>
    </message>
    <message>
        <source>the agent is temporarily unavailable (exit status %1)</source>
        <translation>der Agent ist vorübergehend nicht verfügbar (Exit-Status %1)</translation>
    </message>
    <message>
        <source>the agent timed out (exit status 124)</source>
        <translation>Zeitüberschreitung beim Agenten (Exit-Status 124)</translation>
    </message>
    <message>
        <source>the agent exited with status %1</source>
        <translation>der Agent wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1 at byte %2</source>
        <translation>die Antwort ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer&apos;s usage is not {&quot;tokens&quot;: a whole number, &quot;costUSD&quot;: a number}, both 0 or more</source>
        <translation>das Feld usage der Antwort ist nicht {&quot;tokens&quot;: eine ganze Zahl, &quot;costUSD&quot;: eine Zahl}, beide 0 oder größer</translation>
    </message>
    <message>
        <source>the agent reported an error</source>
        <translation>der Agent hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>(unknown error class &apos;%1&apos;)</source>
        <translation>(unbekannte Fehlerklasse &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the answer&apos;s status is &apos;%1&apos;, not &apos;ok&apos; or &apos;error&apos;</source>
        <translation>das Feld status der Antwort ist &apos;%1&apos;, nicht &apos;ok&apos; oder &apos;error&apos;</translation>
    </message>
    <message>
        <source>the answer has no &quot;output&quot; text</source>
        <translation>der Antwort fehlt der Text &quot;output&quot;</translation>
    </message>
</context>
<context>
    <name>Conductor::CommandLine</name>
    <message>
        <source>The database (default: %1).</source>
        <translation>Die Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Run one execution of a pipeline to its end</source>
        <translation>Eine Pipeline einmal bis zum Ende ausführen</translation>
    </message>
    <message>
        <source>Take over unfinished executions whose owner is gone</source>
        <translation>Unfertige Ausführungen übernehmen, deren Eigentümer nicht mehr läuft</translation>
    </message>
    <message>
        <source>List executions</source>
        <translation>Ausführungen auflisten</translation>
    </message>
    <message>
        <source>Pause, resume, cancel, skip or retry</source>
        <translation>Anhalten, fortsetzen, abbrechen, überspringen oder wiederholen</translation>
    </message>
    <message>
        <source>Check configuration and pipeline files</source>
        <translation>Konfigurations- und Pipeline-Dateien prüfen</translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: %1 [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Conductor orchestrates multi-stage AI-agent pipelines with budgets and quality gates.</source>
        <translation>Conductor orchestriert mehrstufige KI-Agenten-Pipelines mit Budgets und Qualitätsfreigaben.</translation>
    </message>
    <message>
        <source>Without a command, Conductor opens its main window.</source>
        <translation>Ohne Befehl öffnet Conductor sein Hauptfenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s with COMMAND --help</source>
        <translation>Diese Hilfe anzeigen; die Hilfe eines Befehls mit BEFEHL --help</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List the gates waiting for a decision</source>
        <translation>Freigaben auflisten, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>Approve or reject a gate</source>
        <translation>Eine Freigabe genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>List and add users, set roles, enroll second factors</source>
        <translation>Benutzer auflisten und hinzufügen, Rollen festlegen, zweite Faktoren einrichten</translation>
    </message>
    <message>
        <source>Show budgets and usage</source>
        <translation>Budgets und Verbrauch anzeigen</translation>
    </message>
    <message>
        <source>Take agents&apos; keys from this folder, whose files only their owner may read, instead of the keychain.</source>
        <translation>Die Schlüssel der Agenten statt aus dem Schlüsselbund aus diesem Ordner lesen, dessen Dateien nur ihr Eigentümer lesen darf.</translation>
    </message>
    <message>
        <source>Check whether each provider of a pipeline answers</source>
        <translation>Prüfen, ob jeder Provider einer Pipeline antwortet</translation>
    </message>
    <message>
        <source>Keep API keys in the system keychain</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems verwahren</translation>
    </message>
    <message>
        <source>Create, list and revoke REST API tokens</source>
        <translation>REST-API-Tokens erstellen, auflisten und widerrufen</translation>
    </message>
    <message>
        <source>A pipeline file (default: the I2S pipeline).</source>
        <translation>Eine Pipeline-Datei (Standard: die I2S-Pipeline).</translation>
    </message>
    <message>
        <source>A conductor-agent.yml (default: the built-in one).</source>
        <translation>Eine conductor-agent.yml (Standard: die eingebaute).</translation>
    </message>
    <message>
        <source>Run without a window, serving the REST API (--headless --help)</source>
        <translation>Ohne Fenster laufen und die REST-API bereitstellen (--headless --help)</translation>
    </message>
    <message>
        <source>Show the key metrics of recent executions</source>
        <translation>Die Kennzahlen der letzten Ausführungen anzeigen</translation>
    </message>
    <message>
        <source>List the alerts raised</source>
        <translation>Die ausgelösten Alarme auflisten</translation>
    </message>
</context>
<context>
    <name>Conductor::Condition</name>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>nicht (%1)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist einer der Werte %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 ist mindestens %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 ist höchstens %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>%1 is given</source>
        <translation>%1 ist angegeben</translation>
    </message>
    <message>
        <source>%1 is not given</source>
        <translation>%1 ist nicht angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fact a condition can test; write metadata.&lt;key&gt; or verdict.&lt;stage&gt;, or combine conditions with all, any or not</source>
        <translation>&apos;%1&apos; ist kein Fakt, den eine Bedingung prüfen kann; schreiben Sie metadata.&lt;key&gt; oder verdict.&lt;stage&gt; oder kombinieren Sie Bedingungen mit all, any oder not</translation>
    </message>
    <message>
        <source>%1 needs exactly one test, such as { atLeast: 10000 } or { in: [a, b] }</source>
        <translation>%1 braucht genau einen Test, etwa { atLeast: 10000 } oder { in: [a, b] }</translation>
    </message>
    <message>
        <source>%1 needs at least one condition</source>
        <translation>%1 braucht mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>conditions nest deeper than %1 levels</source>
        <translation>Bedingungen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigDiffView</name>
    <message>
        <source>Changes against the running configuration</source>
        <translation>Änderungen gegenüber der aktiven Konfiguration</translation>
    </message>
    <message>
        <source>running configuration</source>
        <translation>aktive Konfiguration</translation>
    </message>
    <message>
        <source>this text</source>
        <translation>dieser Text</translation>
    </message>
    <message>
        <source>This text is the running configuration.</source>
        <translation>Dieser Text ist die aktive Konfiguration.</translation>
    </message>
    <message>
        <source>Against the running configuration — changed lines: %1 (removed: %2, added: %3). Lines that start with - are removed, lines with + added.</source>
        <translation>Gegenüber der aktiven Konfiguration — geänderte Zeilen: %1 (entfernt: %2, hinzugefügt: %3). Zeilen, die mit - beginnen, werden entfernt, Zeilen mit + hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigEditor</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Revert to Running</source>
        <translation>Auf aktive zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>An&amp;wenden …</translation>
    </message>
    <message>
        <source>Write the file and run this configuration; asks why</source>
        <translation>Datei schreiben und diese Konfiguration in Kraft setzen; fragt nach dem Grund</translation>
    </message>
    <message>
        <source>Go back to the running configuration (undo brings this text back)</source>
        <translation>Zur aktiven Konfiguration zurückkehren („Rückgängig“ holt diesen Text zurück)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); this is the running configuration.</source>
        <translation>%1 kann nicht gelesen werden (%2); dies ist die aktive Konfiguration.</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2: error: %3</source>
        <translation>Zeile %1, Spalte %2: Fehler: %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: warning: %3</source>
        <translation>Zeile %1, Spalte %2: Warnung: %3</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Zu Zeile %1 springen</translation>
    </message>
    <message>
        <source>No problems: this text is a valid configuration.</source>
        <translation>Keine Probleme: Dieser Text ist eine gültige Konfiguration.</translation>
    </message>
    <message>
        <source>✗ Errors: %1 — fix them to apply</source>
        <translation>✗ Fehler: %1 — zum Anwenden beheben</translation>
    </message>
    <message>
        <source>✓ Valid configuration</source>
        <translation>✓ Gültige Konfiguration</translation>
    </message>
    <message>
        <source> (warnings: %1)</source>
        <translation> (Warnungen: %1)</translation>
    </message>
    <message>
        <source>The text has errors; fix them to apply it</source>
        <translation>Der Text enthält Fehler; beheben Sie sie, um ihn anzuwenden</translation>
    </message>
    <message>
        <source>This text is the running configuration</source>
        <translation>Dieser Text ist die aktive Konfiguration</translation>
    </message>
    <message>
        <source>The form could not change the text: %1</source>
        <translation>Das Formular konnte den Text nicht ändern: %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Saved to %1; Apply runs it.</source>
        <translation>In %1 gespeichert; „Anwenden“ setzt die Konfiguration in Kraft.</translation>
    </message>
    <message>
        <source>Save an Invalid Configuration?</source>
        <translation>Ungültige Konfiguration speichern?</translation>
    </message>
    <message>
        <source>This text has errors: Conductor would refuse to start with it and it cannot be applied. Save it anyway, to finish it later?</source>
        <translation>Dieser Text enthält Fehler: Conductor würde damit nicht starten, und er kann nicht angewendet werden. Trotzdem speichern, um ihn später fertigzustellen?</translation>
    </message>
    <message>
        <source>Saved to %1 with its errors; it cannot be applied as it is.</source>
        <translation>Mit den Fehlern in %1 gespeichert; so kann die Konfiguration nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Apply the Configuration</source>
        <translation>Konfiguration anwenden</translation>
    </message>
    <message>
        <source>Why this change? The reason is recorded in the audit trail with the change.</source>
        <translation>Warum diese Änderung? Die Begründung wird mit der Änderung im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Begründung der Änderung</translation>
    </message>
    <message>
        <source>For example: a larger daily budget for the launch week</source>
        <translation>Zum Beispiel: ein höheres Tagesbudget für die Einführungswoche</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigForm</name>
    <message>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>A change here edits its value in the text; comments and layout stay as they are. Leave a field empty for its default.</source>
        <translation>Eine Änderung hier ändert den Wert im Text; Kommentare und Layout bleiben unverändert. Lassen Sie ein Feld leer, um den Standardwert zu verwenden.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per pipeline</source>
        <translation>Je Pipeline</translation>
    </message>
    <message>
        <source>Emergency reserve</source>
        <translation>Notfallreserve</translation>
    </message>
    <message>
        <source>Time limits (minutes)</source>
        <translation>Zeitlimits (Minuten)</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Je Agent</translation>
    </message>
    <message>
        <source>Cost (US dollars)</source>
        <translation>Kosten (US-Dollar)</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>Budget day</source>
        <translation>Budgettag</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>the system&apos;s zone</source>
        <translation>Zeitzone des Systems</translation>
    </message>
    <message>
        <source>A budget day ends at midnight in this zone (an IANA name such as Europe/Berlin); everyone sharing a database should use the same one.</source>
        <translation>Ein Budgettag endet um Mitternacht in dieser Zeitzone (ein IANA-Name wie Europe/Berlin); alle, die eine Datenbank gemeinsam nutzen, sollten dieselbe verwenden.</translation>
    </message>
    <message>
        <source>The text cannot be read, so the form cannot show it: %1</source>
        <translation>Der Text kann nicht gelesen werden, daher kann das Formular ihn nicht anzeigen: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Auslösung</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>When gate %1 opens</source>
        <translation>Wann Freigabe %1 ausgelöst wird</translation>
    </message>
    <message>
        <source>When a budget runs out</source>
        <translation>Wenn ein Budget aufgebraucht ist</translation>
    </message>
    <message>
        <source>The engine opens this gate itself; it is never listed.</source>
        <translation>Die Engine löst diese Freigabe selbst aus; sie wird nie aufgeführt.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Timeout of gate %1</source>
        <translation>Zeitlimit der Freigabe %1</translation>
    </message>
    <message>
        <source>The text does not write both gates.required and gates.optional as lists; add them in the text to move gates here.</source>
        <translation>Der Text gibt gates.required und gates.optional nicht beide als Listen an; fügen Sie sie im Text hinzu, um Freigaben hier verschieben zu können.</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigLoader</name>
    <message>
        <source>unknown gate &apos;%1&apos;; define it under gates.definitions or use one of: %2</source>
        <translation>unbekannte Freigabe &apos;%1&apos;; definieren Sie sie unter gates.definitions oder verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Freigabe &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is listed as both required and optional</source>
        <translation>Freigabe &apos;%1&apos; ist sowohl als erforderlich als auch als optional aufgeführt</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is defined but listed neither as required nor as optional, so it never opens</source>
        <translation>Freigabe &apos;%1&apos; ist definiert, aber weder als erforderlich noch als optional aufgeführt, daher wird sie nie ausgelöst</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is critical and cannot be approved by a timeout; use reject or escalate</source>
        <translation>Freigabe &apos;%1&apos; ist kritisch und kann nicht durch Zeitüberschreitung genehmigt werden; verwenden Sie reject oder escalate</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; escalates to &apos;%2&apos;, a weaker role than its reviewers&apos; &apos;%3&apos;</source>
        <translation>Freigabe &apos;%1&apos; eskaliert an &apos;%2&apos;, eine schwächere Rolle als die ihrer Prüfer (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>alert rule &apos;%1&apos; has no %2</source>
        <translation>der Alarmregel &apos;%1&apos; fehlt der Schlüssel %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>budgets.cost.alertThresholdUSD (%1) is above budgets.cost.dailyBudgetUSD (%2), so the alert could never come before the limit</source>
        <translation>budgets.cost.alertThresholdUSD (%1) liegt über budgets.cost.dailyBudgetUSD (%2), daher könnte der Alarm nie vor Erreichen des Limits kommen</translation>
    </message>
    <message>
        <source>budgets.tokens.perPipeline (%1) is above budgets.tokens.daily (%2)</source>
        <translation>budgets.tokens.perPipeline (%1) liegt über budgets.tokens.daily (%2)</translation>
    </message>
    <message>
        <source>budgets.time.maxAgentMinutes (%1) is above budgets.time.maxPipelineMinutes (%2)</source>
        <translation>budgets.time.maxAgentMinutes (%1) liegt über budgets.time.maxPipelineMinutes (%2)</translation>
    </message>
    <message>
        <source>orchestration.defaultTimeout (%1) is above budgets.time.maxPipelineMinutes (%2 minutes), which caps every pipeline</source>
        <translation>orchestration.defaultTimeout (%1) liegt über budgets.time.maxPipelineMinutes (%2 min), das jede Pipeline begrenzt</translation>
    </message>
    <message>
        <source>budgets.timeZone: &apos;%1&apos; is not a time zone this system knows (an IANA name such as Europe/Berlin or UTC)</source>
        <translation>budgets.timeZone: &apos;%1&apos; ist keine Zeitzone, die dieses System kennt (ein IANA-Name wie Europe/Berlin oder UTC)</translation>
    </message>
    <message>
        <source>notifier &apos;%1&apos; needs a type (webhook or pagerduty)</source>
        <translation>Notifier &apos;%1&apos; braucht den Schlüssel type (webhook oder pagerduty)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to %2 notifiers; notifier &apos;%3&apos; is %4</source>
        <translation>&apos;%1&apos; gilt für %2-Notifier; Notifier &apos;%3&apos; ist vom Typ %4</translation>
    </message>
    <message>
        <source>webhook notifier &apos;%1&apos; needs url: the name of the secret that holds the webhook&apos;s address (conductor secrets set NAME)</source>
        <translation>Webhook-Notifier &apos;%1&apos; braucht url: den Namen des Secrets, das die Adresse des Webhooks enthält (conductor secrets set NAME)</translation>
    </message>
    <message>
        <source>pagerduty notifier &apos;%1&apos; needs routingKey: the name of the secret that holds the integration&apos;s routing key (conductor secrets set NAME)</source>
        <translation>PagerDuty-Notifier &apos;%1&apos; braucht routingKey: den Namen des Secrets, das den Routing-Key der Integration enthält (conductor secrets set NAME)</translation>
    </message>
    <message>
        <source>%1 must be an https address, such as https://events.pagerduty.com</source>
        <translation>%1 muss eine https-Adresse sein, etwa https://events.pagerduty.com</translation>
    </message>
    <message>
        <source>%1 must use https: alerts would travel in the clear to %2 (http is allowed only to this machine)</source>
        <translation>%1 muss https verwenden: Alarme gingen sonst im Klartext an %2 (http ist nur zu diesem Rechner erlaubt)</translation>
    </message>
</context>
<context>
    <name>Conductor::ConfigTextEdit</name>
    <message>
        <source>Configuration text</source>
        <translation>Konfigurationstext</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::Configuration</name>
    <message>
        <source>Risk review before scaffold generation</source>
        <translation>Risikoprüfung vor der Erzeugung des Grundgerüsts</translation>
    </message>
    <message>
        <source>Security sign-off before deployment</source>
        <translation>Sicherheitsabnahme vor der Bereitstellung</translation>
    </message>
    <message>
        <source>Human review of a flagged idea or a regulated domain</source>
        <translation>Prüfung durch einen Menschen bei einer beanstandeten Idee oder einer regulierten Domäne</translation>
    </message>
    <message>
        <source>Performance review for a high load estimate</source>
        <translation>Performance-Prüfung bei hoher Lastschätzung</translation>
    </message>
    <message>
        <source>Compliance check for an enterprise account</source>
        <translation>Compliance-Prüfung für ein Enterprise-Konto</translation>
    </message>
    <message>
        <source>Budget override: an attempt needs more than its budgets allow</source>
        <translation>Budgetüberschreibung: Ein Versuch braucht mehr, als seine Budgets erlauben</translation>
    </message>
</context>
<context>
    <name>Conductor::DashboardPage</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Behebungsquote</translation>
    </message>
    <message>
        <source>Mean success time</source>
        <translation>Mittlere Dauer bis zum Erfolg</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Pipeline success rate</source>
        <translation>Erfolgsquote der Pipelines</translation>
    </message>
    <message>
        <source>Completed executions / (completed + failed), by the time they ended; cancelled ones are left out.</source>
        <translation>Abgeschlossene Ausführungen / (abgeschlossene + fehlgeschlagene), nach Endzeitpunkt; abgebrochene werden nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Average execution time</source>
        <translation>Durchschnittliche Ausführungsdauer</translation>
    </message>
    <message>
        <source>From an execution&apos;s creation to its end, over the completed and failed executions that ended in the window; p50 and p95 by the nearest rank.</source>
        <translation>Von der Erstellung einer Ausführung bis zu ihrem Ende, über die abgeschlossenen und fehlgeschlagenen Ausführungen, die im Zeitraum endeten; p50 und p95 nach dem Nearest-Rank-Verfahren.</translation>
    </message>
    <message>
        <source>Resource efficiency</source>
        <translation>Ressourceneffizienz</translation>
    </message>
    <message>
        <source>Tokens and dollars used per completed execution, over the executions that completed in the window.</source>
        <translation>Verbrauchte Token und Dollar je abgeschlossener Ausführung, über die im Zeitraum abgeschlossenen Ausführungen.</translation>
    </message>
    <message>
        <source>Gate first-approval rate</source>
        <translation>Erstgenehmigungsquote der Freigaben</translation>
    </message>
    <message>
        <source>Gates approved at their first decision / gates decided. A gate is an execution&apos;s checkpoint and gate type: one rejected and opened again counts once, as not approved at first; an expired gate counts as decided and not approved.</source>
        <translation>Bei der ersten Entscheidung genehmigte Freigaben / entschiedene Freigaben. Eine Freigabe ist ein Prüfpunkt einer Ausführung mit einem Freigabetyp: Eine abgelehnte und erneut ausgelöste Freigabe zählt einmal, als nicht beim ersten Mal genehmigt; eine abgelaufene Freigabe zählt als entschieden und nicht genehmigt.</translation>
    </message>
    <message>
        <source>Error recovery rate</source>
        <translation>Fehlerbehebungsquote</translation>
    </message>
    <message>
        <source>Failed attempts whose stage a later retry completed / failed attempts, of the attempts that failed in the window.</source>
        <translation>Fehlgeschlagene Versuche, deren Stufe eine spätere Wiederholung abgeschlossen hat / fehlgeschlagene Versuche, bezogen auf die im Zeitraum fehlgeschlagenen Versuche.</translation>
    </message>
    <message>
        <source>Active now</source>
        <translation>Jetzt aktiv</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting at a gate</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Show the gates waiting for a decision</source>
        <translation>Freigaben anzeigen, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>Show these executions</source>
        <translation>Diese Ausführungen anzeigen</translation>
    </message>
    <message>
        <source>Pending gates</source>
        <translation>Offene Freigaben</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Oldest pending gates</source>
        <translation>Älteste offene Freigaben</translation>
    </message>
    <message>
        <source>Double-click or press Enter to review a gate</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um eine Freigabe zu prüfen</translation>
    </message>
    <message>
        <source>All gates…</source>
        <translation>Alle Freigaben …</translation>
    </message>
    <message>
        <source>Today&apos;s budgets</source>
        <translation>Heutige Budgets</translation>
    </message>
    <message>
        <source>By stage and agent</source>
        <translation>Nach Stufe und Agent</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Key metrics by stage</source>
        <translation>Kennzahlen nach Stufe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Key metrics by agent</source>
        <translation>Kennzahlen nach Agent</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Nach Agent</translation>
    </message>
    <message>
        <source>No attempt ended in this window.</source>
        <translation>In diesem Zeitraum wurde kein Versuch beendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading the key metrics…</source>
        <translation>Kennzahlen werden geladen …</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>No execution completed or failed in this window (cancelled: %1).</source>
        <translation>Keine abgeschlossene oder fehlgeschlagene Ausführung in diesem Zeitraum (abgebrochen: %1).</translation>
    </message>
    <message>
        <source>No execution completed or failed in this window.</source>
        <translation>Keine abgeschlossene oder fehlgeschlagene Ausführung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 of %2 ended executions completed, %3 failed.</source>
        <translation>%1 von %2 beendeten Ausführungen abgeschlossen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled, not counted: %1.</source>
        <translation>Abgebrochen, nicht gezählt: %1.</translation>
    </message>
    <message>
        <source>Mean of %1 completed or failed executions; p50 %2, p95 %3.</source>
        <translation>Mittelwert aus %1 abgeschlossenen oder fehlgeschlagenen Ausführungen; p50 %2, p95 %3.</translation>
    </message>
    <message>
        <source>Per completed execution, over %1 that used %2 tokens and %3.</source>
        <translation>Je abgeschlossener Ausführung, über %1 Ausführungen mit zusammen %2 Token und %3.</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>No execution completed in this window.</source>
        <translation>In diesem Zeitraum wurde keine Ausführung abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 of %2 decided gates approved at their first decision.</source>
        <translation>%1 von %2 entschiedenen Freigaben bei der ersten Entscheidung genehmigt.</translation>
    </message>
    <message>
        <source>No gate was decided in this window.</source>
        <translation>In diesem Zeitraum wurde über keine Freigabe entschieden.</translation>
    </message>
    <message>
        <source>%1 of %2 failed attempts recovered by a retry.</source>
        <translation>%1 von %2 fehlgeschlagenen Versuchen durch eine Wiederholung behoben.</translation>
    </message>
    <message>
        <source>No attempt failed in this window.</source>
        <translation>In diesem Zeitraum ist kein Versuch fehlgeschlagen.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>No gate waits for a decision.</source>
        <translation>Keine Freigabe wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Gates waiting: %1. The oldest:</source>
        <translation>Wartende Freigaben: %1. Die ältesten:</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kritisch)</translation>
    </message>
    <message>
        <source>Today&apos;s budgets could not be read from the database.</source>
        <translation>Die heutigen Budgets konnten nicht aus der Datenbank gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Conductor::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1 (%2): %3</source>
        <translation>Die Datenbank %1 kann nicht konfiguriert werden (%2): %3</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging: %2</source>
        <translation>Die Datenbank %1 kann nicht auf Write-Ahead-Logging umgestellt werden: %2</translation>
    </message>
    <message>
        <source>The database %1 runs in journal mode &quot;%2&quot; instead of &quot;%3&quot; (write-ahead logging needs a local file system).</source>
        <translation>Die Datenbank %1 läuft im Journalmodus „%2“ statt „%3“ (Write-Ahead-Logging erfordert ein lokales Dateisystem).</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1 for migrations: %2</source>
        <translation>Die Datenbank %1 kann nicht für Migrationen vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1: this database was written by a newer Conductor (schema %2); this version knows schema %3 — upgrade Conductor.</source>
        <translation>%1: Diese Datenbank wurde von einer neueren Conductor-Version geschrieben (Schema %2); diese Version kennt Schema %3 – aktualisieren Sie Conductor.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot migrate %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 migriert werden: %3</translation>
    </message>
    <message>
        <source>Migration %1 of %2 failed: %3</source>
        <translation>Migration %1 für %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>Conductor::DefinitionCache</name>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>Conductor::DemoRun</name>
    <message>
        <source>A marketplace for used lab equipment</source>
        <translation>Ein Marktplatz für gebrauchte Laborgeräte</translation>
    </message>
    <message>
        <source>Universities and biotech start-ups replace centrifuges, microscopes and incubators long before they wear out, while young labs cannot afford new ones. A marketplace where labs list the equipment they no longer need, buyers see its service history and calibration records, and a partner refurbishes and ships it with a warranty, taking a commission on each sale.</source>
        <translation>Universitäten und Biotech-Start-ups ersetzen Zentrifugen, Mikroskope und Inkubatoren lange bevor sie verschlissen sind, während sich junge Labore keine neuen leisten können. Ein Marktplatz, auf dem Labore die Geräte anbieten, die sie nicht mehr brauchen, Käufer deren Wartungshistorie und Kalibrierprotokolle sehen und ein Partner sie überholt und mit Garantie versendet – gegen eine Provision auf jeden Verkauf.</translation>
    </message>
    <message>
        <source>The shipped pipeline %1 cannot be read.</source>
        <translation>Die mitgelieferte Pipeline %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The engine started no execution.</source>
        <translation>Die Engine hat keine Ausführung gestartet.</translation>
    </message>
</context>
<context>
    <name>Conductor::Diagnostic</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::Duration</name>
    <message>
        <source>expected a duration such as 30s or 5m, got nothing</source>
        <translation>Dauer wie 30s oder 5m erwartet, aber nichts angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: write a whole number with a unit (ms, s, m, h or d), such as 30s or 5m</source>
        <translation>&apos;%1&apos; ist keine Dauer: Schreiben Sie eine ganze Zahl mit Einheit (ms, s, m, h oder d), etwa 30s oder 5m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unit: write %1s, %1m or another unit (ms, s, m, h or d)</source>
        <translation>&apos;%1&apos; hat keine Einheit: Schreiben Sie %1s, %1m oder eine andere Einheit (ms, s, m, h oder d)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long: the longest duration is 366d</source>
        <translation>&apos;%1&apos; ist zu lang: Die längste Dauer ist 366d</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown unit &apos;%2&apos;: use ms, s, m, h or d</source>
        <translation>&apos;%1&apos; hat eine unbekannte Einheit &apos;%2&apos;: Verwenden Sie ms, s, m, h oder d</translation>
    </message>
</context>
<context>
    <name>Conductor::Engine</name>
    <message>
        <source>refused: no execution %1 that can be changed</source>
        <translation>verweigert: keine änderbare Ausführung %1</translation>
    </message>
    <message>
        <source>refused: %1 runs it now</source>
        <translation>verweigert: %1 führt sie gerade aus</translation>
    </message>
    <message>
        <source>waiting for a slot: %1 of %2 pipelines running; %3 in the queue</source>
        <translation>wartet auf einen freien Platz: %1 von %2 Pipelines laufen; Position %3 in der Warteschlange</translation>
    </message>
    <message>
        <source>refused: %1 is not running here</source>
        <translation>verweigert: %1 läuft nicht hier</translation>
    </message>
    <message>
        <source>another process took over execution %1</source>
        <translation>ein anderer Prozess hat die Ausführung %1 übernommen</translation>
    </message>
    <message>
        <source>refused: today&apos;s budget cannot be read from the database</source>
        <translation>verweigert: Das heutige Budget kann nicht aus der Datenbank gelesen werden</translation>
    </message>
    <message>
        <source>throttled by the alert rule %1 (%2): $%3 spent today of a daily budget of $%4; this execution waits until midnight (%5), or until an approver raises its budget</source>
        <translation>gedrosselt durch die Alarmregel %1 (%2): heute $%3 von einem Tagesbudget von $%4 ausgegeben; diese Ausführung wartet bis Mitternacht (%5) oder bis ein Approver ihr Budget erhöht</translation>
    </message>
    <message>
        <source>refused: execution %1 was taken over before it was stored</source>
        <translation>verweigert: Die Ausführung %1 wurde übernommen, bevor sie gespeichert war</translation>
    </message>
    <message>
        <source>refused: execution %1 was taken over before the command was stored</source>
        <translation>verweigert: Die Ausführung %1 wurde übernommen, bevor der Befehl gespeichert war</translation>
    </message>
</context>
<context>
    <name>Conductor::EventStore</name>
    <message>
        <source>The store needs an owner id.</source>
        <translation>Der Speicher braucht eine Eigentümer-ID.</translation>
    </message>
    <message>
        <source>Writing to the database %1 failed: %2</source>
        <translation>Schreiben in die Datenbank %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Claiming execution %1 failed: %2</source>
        <translation>Beanspruchen der Ausführung %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Claiming unfinished executions failed: %1</source>
        <translation>Beanspruchen unfertiger Ausführungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Releasing executions failed: %1</source>
        <translation>Abgeben von Ausführungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot load the events of %1: the database is not open.</source>
        <translation>Die Ereignisse von %1 können nicht geladen werden: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot load the events of %1: %2</source>
        <translation>Die Ereignisse von %1 können nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Renewing the leases failed: %1</source>
        <translation>Erneuern der Leases fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the commands failed: %1</source>
        <translation>Lesen der Befehle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Releasing budget holds failed: %1</source>
        <translation>Aufheben von Budgetreservierungen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::EventWriter</name>
    <message>
        <source>Cannot prepare a statement on %1: %2</source>
        <translation>Eine Anweisung auf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionChart</name>
    <message>
        <source>Tokens used</source>
        <translation>Verbrauchte Token</translation>
    </message>
    <message>
        <source>Dollars used</source>
        <translation>Verbrauchte Dollar</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Tokens and dollars this execution used</source>
        <translation>Von dieser Ausführung verbrauchte Token und Dollar</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>%1 tokens and %2 used of a budget of %3</source>
        <translation>%1 Token und %2 von einem Budget von %3 verbraucht</translation>
    </message>
    <message>
        <source>%1 tokens and %2 used</source>
        <translation>%1 Token und %2 verbraucht</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionDetail</name>
    <message>
        <source>Selected execution</source>
        <translation>Ausgewählte Ausführung</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Execution views</source>
        <translation>Ansichten der Ausführung</translation>
    </message>
    <message>
        <source>Select an execution to see its pipeline and timeline.</source>
        <translation>Wählen Sie eine Ausführung aus, um ihre Pipeline und Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Waiting at gate</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 tokens · %4</source>
        <translation>%1 — %2 · %3 Token · %4</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionRun</name>
    <message>
        <source>refused: the pipeline needs ≈ $%1, the execution may spend $%2 (maxCost)</source>
        <translation>verweigert: Die Pipeline braucht ≈ $%1, die Ausführung darf $%2 ausgeben (maxCost)</translation>
    </message>
    <message>
        <source>execution %1 cannot be taken over: its configuration no longer loads: %2</source>
        <translation>Ausführung %1 kann nicht übernommen werden: Ihre Konfiguration lässt sich nicht mehr laden: %2</translation>
    </message>
    <message>
        <source>the process running attempt %1 stopped before it finished</source>
        <translation>der Prozess, der Versuch %1 ausführte, endete vor dessen Abschluss</translation>
    </message>
    <message>
        <source>the pipeline ran longer than its limit of %1</source>
        <translation>die Pipeline lief länger als ihr Limit von %1</translation>
    </message>
    <message>
        <source>skipped with skipGates</source>
        <translation>übersprungen mit skipGates</translation>
    </message>
    <message>
        <source>approved with --approve-gates</source>
        <translation>genehmigt mit --approve-gates</translation>
    </message>
    <message>
        <source>paused by %1: %2</source>
        <translation>angehalten von %1: %2</translation>
    </message>
    <message>
        <source>waiting for a decision on %1</source>
        <translation>wartet auf eine Entscheidung zu %1</translation>
    </message>
    <message>
        <source>no agent &apos;%1&apos;</source>
        <translation>kein Agent &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the attempt ran longer than %1</source>
        <translation>der Versuch lief länger als %1</translation>
    </message>
    <message>
        <source>%1 opens at every run</source>
        <translation>%1 wird bei jeder Ausführung ausgelöst</translation>
    </message>
    <message>
        <source>opened because %1</source>
        <translation>ausgelöst, denn %1</translation>
    </message>
    <message>
        <source>gate %1 %2 by %3: %4</source>
        <translation>Freigabe %1 (%2 von %3): %4</translation>
    </message>
    <message>
        <source>%1 blocked: %2</source>
        <translation>%1 blockiert: %2</translation>
    </message>
    <message>
        <source>refused: the execution is %1, not running</source>
        <translation>verweigert: Die Ausführung hat den Status %1, nicht running</translation>
    </message>
    <message>
        <source>refused: the execution is %1, not paused</source>
        <translation>verweigert: Die Ausführung hat den Status %1, nicht paused</translation>
    </message>
    <message>
        <source>refused: the execution has already ended (%1)</source>
        <translation>verweigert: Die Ausführung ist bereits beendet (%1)</translation>
    </message>
    <message>
        <source>refused: the pipeline has no stage &apos;%1&apos;</source>
        <translation>verweigert: Die Pipeline hat keine Stufe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refused: stage &apos;%1&apos; is already %2</source>
        <translation>verweigert: Stufe &apos;%1&apos; hat bereits den Status %2</translation>
    </message>
    <message>
        <source>refused: stage &apos;%1&apos; is %2, not failed</source>
        <translation>verweigert: Stufe &apos;%1&apos; hat den Status %2, nicht failed</translation>
    </message>
    <message>
        <source>refused: no gate &apos;%1&apos; in this execution</source>
        <translation>verweigert: keine Freigabe &apos;%1&apos; in dieser Ausführung</translation>
    </message>
    <message>
        <source>conflict: gate %1 was already %2 by %3</source>
        <translation>Konflikt: Über Freigabe %1 hat %3 bereits entschieden (%2)</translation>
    </message>
    <message>
        <source>refused: a decision is approved or rejected, not &apos;%1&apos;</source>
        <translation>verweigert: Eine Entscheidung lautet approved oder rejected, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refused: unknown command &apos;%1&apos;</source>
        <translation>verweigert: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refused: %1 has no role that may decide gates</source>
        <translation>verweigert: %1 hat keine Rolle, die über Freigaben entscheiden darf</translation>
    </message>
    <message>
        <source>refused: gate %1 needs the role %2 or higher; %3 is %4</source>
        <translation>verweigert: Freigabe %1 erfordert die Rolle %2 oder höher; %3 hat die Rolle %4</translation>
    </message>
    <message>
        <source>refused: %1 started this execution and may not decide its critical gate %2; another reviewer must</source>
        <translation>verweigert: %1 hat diese Ausführung gestartet und darf nicht über ihre kritische Freigabe %2 entscheiden; das muss ein anderer Prüfer tun</translation>
    </message>
    <message>
        <source>refused: gate %1 is critical and needs the reviewer&apos;s TOTP code (--code)</source>
        <translation>verweigert: Freigabe %1 ist kritisch und erfordert den TOTP-Code des Prüfers (--code)</translation>
    </message>
    <message>
        <source>no decision on %1 within %2; reassigned to %3</source>
        <translation>keine Entscheidung zu %1 innerhalb von %2; neu zugewiesen an %3</translation>
    </message>
    <message>
        <source>approved by its timeout: no decision within %1</source>
        <translation>durch Zeitüberschreitung genehmigt: keine Entscheidung innerhalb von %1</translation>
    </message>
    <message>
        <source>no decision within %1</source>
        <translation>keine Entscheidung innerhalb von %1</translation>
    </message>
    <message>
        <source>refused: no retry strategy &apos;%1&apos; (one of: %2)</source>
        <translation>verweigert: keine Wiederholungsstrategie &apos;%1&apos; (möglich sind: %2)</translation>
    </message>
    <message>
        <source>refused: the pipeline has no agent &apos;%1&apos; (one of: %2)</source>
        <translation>verweigert: Die Pipeline hat keinen Agenten &apos;%1&apos; (möglich sind: %2)</translation>
    </message>
    <message>
        <source>refused: a budget override adds a positive amount</source>
        <translation>verweigert: Eine Budgetüberschreibung fügt einen positiven Betrag hinzu</translation>
    </message>
    <message>
        <source>; still expected by executions running now: %1 tokens / $%2</source>
        <translation>; von gerade laufenden Ausführungen noch erwartet: %1 Token / $%2</translation>
    </message>
    <message>
        <source>refused: the pipeline needs ≈ %1 tokens, more than its budget of %2 (budgets.tokens.perPipeline)</source>
        <translation>verweigert: Die Pipeline braucht ≈ %1 Token, mehr als ihr Budget von %2 (budgets.tokens.perPipeline)</translation>
    </message>
    <message>
        <source>refused: the pipeline needs ≈ %1 tokens, %2 left today (budgets.tokens.daily: %3%4)</source>
        <translation>verweigert: Die Pipeline braucht ≈ %1 Token, heute sind noch %2 übrig (budgets.tokens.daily: %3%4)</translation>
    </message>
    <message>
        <source>refused: the pipeline needs ≈ $%1, $%2 left today (budgets.cost.dailyBudgetUSD: $%3%4)</source>
        <translation>verweigert: Die Pipeline braucht ≈ $%1, heute sind noch $%2 übrig (budgets.cost.dailyBudgetUSD: $%3%4)</translation>
    </message>
    <message>
        <source>the attempt was interrupted; its hold is charged in full</source>
        <translation>der Versuch wurde unterbrochen; seine Reservierung wird voll abgerechnet</translation>
    </message>
    <message>
        <source>the execution completed</source>
        <translation>die Ausführung wurde abgeschlossen</translation>
    </message>
    <message>
        <source>the execution was cancelled</source>
        <translation>die Ausführung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the execution failed</source>
        <translation>die Ausführung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the attempt did not start</source>
        <translation>der Versuch wurde nicht gestartet</translation>
    </message>
    <message>
        <source>+%1 tokens</source>
        <translation>+%1 Token</translation>
    </message>
    <message>
        <source>+$%1</source>
        <translation>+$%1</translation>
    </message>
    <message>
        <source>Not enough budget for %1: %2 needed now, %3 to finish the execution; they expect ≈ %4 tokens / $%5, and %6 left</source>
        <translation>Nicht genug Budget für %1: Jetzt werden %2 gebraucht, bis zum Ende der Ausführung %3; erwartet werden ≈ %4 Token / $%5, und %6</translation>
    </message>
    <message>
        <source>today&apos;s budgets have %1 tokens / $%2</source>
        <translation>in den heutigen Budgets sind noch %1 Token / $%2 übrig</translation>
    </message>
    <message>
        <source>this execution&apos;s budgets have %1 tokens / $%2</source>
        <translation>in den Budgets dieser Ausführung sind noch %1 Token / $%2 übrig</translation>
    </message>
    <message>
        <source>the emergency reserve has only %1 tokens left today</source>
        <translation>in der Notfallreserve sind heute nur noch %1 Token übrig</translation>
    </message>
    <message>
        <source>the budget gate of %1 was %2 by %3: %4</source>
        <translation>die Budgetfreigabe für %1 wurde nicht erteilt (%2 von %3): %4</translation>
    </message>
    <message>
        <source>approved budget gate %1</source>
        <translation>Budgetfreigabe %1 genehmigt</translation>
    </message>
    <message>
        <source>the stage was skipped</source>
        <translation>die Stufe wurde übersprungen</translation>
    </message>
    <message>
        <source>Not enough budget to start %1: %2</source>
        <translation>Nicht genug Budget, um %1 zu starten: %2</translation>
    </message>
    <message>
        <source>Review of an execution an alert rule flagged</source>
        <translation>Prüfung einer Ausführung, die eine Alarmregel gemeldet hat</translation>
    </message>
    <message>
        <source>refused: a review names the alert that asks for it (alertId)</source>
        <translation>abgelehnt: eine Prüfung nennt den Alarm, der sie verlangt (alertId)</translation>
    </message>
    <message>
        <source>conflict: alert %1 already asked for a review of this execution</source>
        <translation>Konflikt: Alarm %1 hat bereits eine Prüfung dieser Ausführung verlangt</translation>
    </message>
    <message>
        <source>conflict: alert %1 already opened review gate %2 (%3)</source>
        <translation>Konflikt: Alarm %1 hat bereits das Prüf-Gate %2 geöffnet (%3)</translation>
    </message>
    <message>
        <source>conflict: review gate %1 is already open</source>
        <translation>Konflikt: das Prüf-Gate %1 ist bereits offen</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>alert %1: %2</source>
        <translation>Alarm %1: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionWatcher</name>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1  %2  %3%  %4 tokens  %5  %6</source>
        <translation>%1  %2  %3%  %4 Token  %5  %6</translation>
    </message>
    <message>
        <source>waiting on a gate</source>
        <translation>wartet auf eine Freigabe</translation>
    </message>
    <message>
        <source>%1 completed. Report: %2/report.md</source>
        <translation>%1 abgeschlossen. Bericht: %2/report.md</translation>
    </message>
    <message>
        <source>%1 cancelled by %2: %3. Report: %4/report.md</source>
        <translation>%1 abgebrochen von %2: %3. Bericht: %4/report.md</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3. Report: %4/report.md</source>
        <translation>%1 fehlgeschlagen (%2): %3. Bericht: %4/report.md</translation>
    </message>
    <message>
        <source>%1 waits: %2</source>
        <translation>%1 wartet: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionsCommand</name>
    <message>
        <source>Lists executions, newest first.</source>
        <translation>Listet Ausführungen auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Only executions in this status: pending, running, paused, completed, failed or cancelled.</source>
        <translation>Nur Ausführungen mit diesem Status: pending, running, paused, completed, failed oder cancelled.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No executions.</source>
        <translation>Keine Ausführungen.</translation>
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
        <translation>STATUS</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>IDEA</source>
        <translation>IDEE</translation>
    </message>
    <message>
        <source>Acts on an execution, also while another process runs it.</source>
        <translation>Greift in eine Ausführung ein, auch während ein anderer Prozess sie ausführt.</translation>
    </message>
    <message>
        <source>Let running attempts finish; start nothing new.</source>
        <translation>Laufende Versuche zu Ende laufen lassen; nichts Neues starten.</translation>
    </message>
    <message>
        <source>Go on after a pause.</source>
        <translation>Nach dem Anhalten fortsetzen.</translation>
    </message>
    <message>
        <source>Stop the execution for good.</source>
        <translation>Die Ausführung endgültig abbrechen.</translation>
    </message>
    <message>
        <source>Skip a stage.</source>
        <translation>Eine Stufe überspringen.</translation>
    </message>
    <message>
        <source>Run a failed stage again.</source>
        <translation>Eine fehlgeschlagene Stufe erneut ausführen.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Begründung (wird protokolliert).</translation>
    </message>
    <message>
        <source>The execution&apos;s id.</source>
        <translation>Die ID der Ausführung.</translation>
    </message>
    <message>
        <source>intervene needs one execution id</source>
        <translation>intervene braucht eine Ausführungs-ID</translation>
    </message>
    <message>
        <source>intervene needs --reason TEXT: every intervention says why</source>
        <translation>intervene braucht --reason TEXT: Jeder Eingriff nennt seinen Grund</translation>
    </message>
    <message>
        <source>no execution %1</source>
        <translation>keine Ausführung %1</translation>
    </message>
    <message>
        <source>cannot record the command</source>
        <translation>der Befehl kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 did not answer within 30 s; the command stays queued for it</source>
        <translation>%1 hat nicht innerhalb von 30 s geantwortet; der Befehl bleibt für ihn in der Warteschlange</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: %2 ausgeführt</translation>
    </message>
    <message>
        <source>list executions</source>
        <translation>Ausführungen aufzulisten</translation>
    </message>
    <message>
        <source>Retry a stage with another strategy from its next attempt on: %1.</source>
        <translation>Eine Stufe ab ihrem nächsten Versuch mit einer anderen Strategie wiederholen: %1.</translation>
    </message>
    <message>
        <source>Run a stage with another of the pipeline&apos;s agents from its next attempt on.</source>
        <translation>Eine Stufe ab ihrem nächsten Versuch mit einem anderen Agenten der Pipeline ausführen.</translation>
    </message>
    <message>
        <source>--%1 takes STAGE=NAME, got &apos;%2&apos;</source>
        <translation>--%1 erwartet STAGE=NAME, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>intervene</source>
        <translation>einzugreifen</translation>
    </message>
    <message>
        <source>Let the execution spend this much more (approver or higher).</source>
        <translation>Der Ausführung erlauben, so viel mehr auszugeben (approver oder höher).</translation>
    </message>
    <message>
        <source>--override-budget takes a positive amount in USD, such as 25</source>
        <translation>--override-budget erwartet einen positiven Betrag in USD, etwa 25</translation>
    </message>
    <message>
        <source>override budgets</source>
        <translation>Budgets zu überschreiben</translation>
    </message>
    <message>
        <source>Let the execution use this many tokens from the day&apos;s emergency reserve beyond its budgets (approver or higher; with or without --override-budget).</source>
        <translation>Der Ausführung erlauben, so viele Token aus der Notfallreserve des Tages über ihre Budgets hinaus zu verbrauchen (approver oder höher; mit oder ohne --override-budget).</translation>
    </message>
    <message>
        <source>--grant-tokens takes a positive number of tokens, such as 40000</source>
        <translation>--grant-tokens erwartet eine positive Anzahl Token, etwa 40000</translation>
    </message>
    <message>
        <source>intervene needs exactly one of --pause, --resume, --cancel, --skip, --retry, --strategy, --agent, or a budget override (--override-budget and/or --grant-tokens)</source>
        <translation>intervene braucht genau eine der Optionen --pause, --resume, --cancel, --skip, --retry, --strategy, --agent oder eine Budgetüberschreibung (--override-budget und/oder --grant-tokens)</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionsModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
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
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Next gate</source>
        <translation>Nächste Freigabe</translation>
    </message>
</context>
<context>
    <name>Conductor::ExecutionsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Search ideas or execution ids</source>
        <translation>Ideen oder Ausführungs-IDs suchen</translation>
    </message>
    <message>
        <source>Search executions</source>
        <translation>Ausführungen suchen</translation>
    </message>
    <message>
        <source>Matching executions</source>
        <translation>Passende Ausführungen</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Executions: %1</source>
        <translation>Ausführungen: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::FileValidator</name>
    <message>
        <source>cannot tell what this file is: a configuration has top-level keys such as %1; a pipeline has %2</source>
        <translation>Art der Datei nicht erkennbar: Eine Konfiguration hat Schlüssel der obersten Ebene wie %1, eine Pipeline hat %2</translation>
    </message>
</context>
<context>
    <name>Conductor::FolderSecrets</name>
    <message>
        <source>the systemd credentials in %1</source>
        <translation>der Credentials-Ordner von systemd (%1)</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>der Ordner %1</translation>
    </message>
    <message>
        <source>the secrets folder %1 cannot be read: %2</source>
        <translation>der Secrets-Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the secrets folder %1 is not a folder</source>
        <translation>der Secrets-Ordner %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the credentials folder %1 may be read by any user (mode %2); refusing to use it</source>
        <translation>der Credentials-Ordner %1 ist für alle Benutzer lesbar (Modus %2); er wird nicht verwendet</translation>
    </message>
    <message>
        <source>the secrets folder %1 belongs to another user; only a folder of your own is used</source>
        <translation>der Secrets-Ordner %1 gehört einem anderen Benutzer; nur ein eigener Ordner wird verwendet</translation>
    </message>
    <message>
        <source>the secrets folder %1 may be used by other users (mode %2); only its owner may have access (chmod 700 %1)</source>
        <translation>der Secrets-Ordner %1 ist für andere Benutzer zugänglich (Modus %2); nur sein Eigentümer darf Zugriff haben (chmod 700 %1)</translation>
    </message>
    <message>
        <source>there is no secret named %1 in %2</source>
        <translation>in %2 gibt es kein Secret namens %1</translation>
    </message>
    <message>
        <source>the secret file %1 is a symbolic link; refusing to follow it</source>
        <translation>die Secret-Datei %1 ist ein symbolischer Link; ihm wird nicht gefolgt</translation>
    </message>
    <message>
        <source>the secret file %1 cannot be read: %2</source>
        <translation>die Secret-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the secret file %1 is not a regular file</source>
        <translation>die Secret-Datei %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the secret file %1 belongs to another user; refusing to use it</source>
        <translation>die Secret-Datei %1 gehört einem anderen Benutzer; sie wird nicht verwendet</translation>
    </message>
    <message>
        <source>the secret file %1 may be read by other users (mode %2); only its owner may read it (chmod 600 %1)</source>
        <translation>die Secret-Datei %1 ist für andere Benutzer lesbar (Modus %2); nur ihr Eigentümer darf sie lesen (chmod 600 %1)</translation>
    </message>
    <message>
        <source>the credential %1 may be read by any user (mode %2); refusing to use it</source>
        <translation>das Credential %1 ist für alle Benutzer lesbar (Modus %2); es wird nicht verwendet</translation>
    </message>
    <message>
        <source>the secret file %1 is larger than %2 bytes</source>
        <translation>die Secret-Datei %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation>die Secret-Datei %1 ist leer</translation>
    </message>
    <message>
        <source>systemd credentials are read-only; set them in the service&apos;s unit (LoadCredential= or SetCredentialEncrypted=)</source>
        <translation>systemd-Credentials sind schreibgeschützt; legen Sie sie in der Unit des Dienstes fest (LoadCredential= oder SetCredentialEncrypted=)</translation>
    </message>
    <message>
        <source>the secrets folder %1 is read-only for Conductor; write or delete the file named after the secret yourself (mode 600)</source>
        <translation>der Secrets-Ordner %1 ist für Conductor schreibgeschützt; schreiben oder löschen Sie die nach dem Secret benannte Datei selbst (Modus 600)</translation>
    </message>
</context>
<context>
    <name>Conductor::GateDialog</name>
    <message>
        <source>Gate: %1 — %2</source>
        <translation>Freigabe: %1 — %2</translation>
    </message>
    <message>
        <source>Gate details</source>
        <translation>Details der Freigabe</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Stage outputs</source>
        <translation>&amp;Stufenausgaben</translation>
    </message>
    <message>
        <source>CRITICAL — four-eyes rule and second factor</source>
        <translation>KRITISCH — Vier-Augen-Prinzip und zweiter Faktor</translation>
    </message>
    <message>
        <source>Critical gate</source>
        <translation>Kritische Freigabe</translation>
    </message>
    <message>
        <source>Whether you may decide</source>
        <translation>Ob Sie entscheiden dürfen</translation>
    </message>
    <message>
        <source>Budget requested</source>
        <translation>Angefordertes Budget</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Stages, findings first</source>
        <translation>Stufen, Befunde zuerst</translation>
    </message>
    <message>
        <source>Output of the selected stage</source>
        <translation>Ausgabe der ausgewählten Stufe</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Tokens to grant</source>
        <translation>Zu gewährende Token</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Dollars to grant</source>
        <translation>Zu gewährende Dollar</translation>
    </message>
    <message>
        <source>and &amp;USD</source>
        <translation>und &amp;USD</translation>
    </message>
    <message>
        <source>Grant &amp;tokens</source>
        <translation>&amp;Token gewähren</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Why you decide as you do (recorded with the decision)</source>
        <translation>Warum Sie so entscheiden (wird mit der Entscheidung protokolliert)</translation>
    </message>
    <message>
        <source>Conditions, one per line</source>
        <translation>Bedingungen, eine pro Zeile</translation>
    </message>
    <message>
        <source>One per line, e.g. “Launch behind a feature flag”</source>
        <translation>Eine pro Zeile, z. B. „Hinter einem Feature-Flag starten“</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>Be&amp;dingungen</translation>
    </message>
    <message>
        <source>TOTP code</source>
        <translation>TOTP-Code</translation>
    </message>
    <message>
        <source>6 to 8 digits from your authenticator app</source>
        <translation>6 bis 8 Ziffern aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>6–8 digits</source>
        <translation>6–8 Ziffern</translation>
    </message>
    <message>
        <source>TOTP &amp;code</source>
        <translation>TOTP-&amp;Code</translation>
    </message>
    <message>
        <source>from your authenticator app</source>
        <translation>aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>S&amp;päter entscheiden</translation>
    </message>
    <message>
        <source>Close without deciding</source>
        <translation>Schließen, ohne zu entscheiden</translation>
    </message>
    <message>
        <source>Close; the gate keeps waiting (Esc)</source>
        <translation>Schließen; die Freigabe wartet weiter (Esc)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Reject the gate</source>
        <translation>Freigabe ablehnen</translation>
    </message>
    <message>
        <source>Reject: the execution fails. Notes are required.</source>
        <translation>Ablehnen: Die Ausführung schlägt fehl. Notizen sind erforderlich.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approve the gate</source>
        <translation>Freigabe genehmigen</translation>
    </message>
    <message>
        <source>Approve: the execution goes on (Ctrl+Return)</source>
        <translation>Genehmigen: Die Ausführung läuft weiter (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Unknown gate</source>
        <translation>Unbekannte Freigabe</translation>
    </message>
    <message>
        <source>Execution %1 has no gate %2.</source>
        <translation>Die Ausführung %1 hat keine Freigabe %2.</translation>
    </message>
    <message>
        <source>%1 gate</source>
        <translation>Freigabe: %1</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>Es wurde kein Grund protokolliert.</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>Prüfpunkt:</translation>
    </message>
    <message>
        <source>Holds back:</source>
        <translation>Hält zurück:</translation>
    </message>
    <message>
        <source>the %1 role or higher</source>
        <translation>die Rolle %1 oder höher</translation>
    </message>
    <message>
        <source>(escalations: %1)</source>
        <translation>(Eskalationen: %1)</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Entscheidet:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>If nobody decides:</source>
        <translation>Wenn niemand entscheidet:</translation>
    </message>
    <message>
        <source>&amp;Stage outputs (%1)</source>
        <translation>&amp;Stufenausgaben (%1)</translation>
    </message>
    <message>
        <source>There is nothing to decide here.</source>
        <translation>Hier gibt es nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>Nothing is left to decide.</source>
        <translation>Es ist nichts mehr zu entscheiden.</translation>
    </message>
    <message>
        <source>The execution has ended (%1); its gates can no longer be decided.</source>
        <translation>Die Ausführung ist beendet (%1); über ihre Freigaben kann nicht mehr entschieden werden.</translation>
    </message>
    <message>
        <source>Read only: this gate is decided by the %1 role or higher, and you (%2) are %3.</source>
        <translation>Nur Lesezugriff: Über diese Freigabe entscheidet die Rolle %1 oder höher, und Sie (%2) haben die Rolle %3.</translation>
    </message>
    <message>
        <source>You started this execution, so you may not decide its critical gate (four-eyes rule): another reviewer must.</source>
        <translation>Sie haben diese Ausführung gestartet und dürfen daher nicht über ihre kritische Freigabe entscheiden (Vier-Augen-Prinzip): Das muss ein anderer Prüfer tun.</translation>
    </message>
    <message>
        <source>This critical gate needs a TOTP code, and you have no second factor yet. Enroll one with “conductor users enroll-totp %1”, then open the gate again.</source>
        <translation>Diese kritische Freigabe erfordert einen TOTP-Code, und Sie haben noch keinen zweiten Faktor. Richten Sie einen mit „conductor users enroll-totp %1“ ein und öffnen Sie die Freigabe dann erneut.</translation>
    </message>
    <message>
        <source>Say why you reject it in the notes: they are recorded with the decision, and the execution fails.</source>
        <translation>Begründen Sie die Ablehnung in den Notizen: Sie werden mit der Entscheidung protokolliert, und die Ausführung schlägt fehl.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The decision was not recorded.</source>
        <translation>Die Entscheidung wurde nicht aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>Conductor::GateFacts</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚑ FLAG</source>
        <translation>⚑ BEANSTANDET</translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation>✗ NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>✓ PASS</source>
        <translation>✓ BESTANDEN</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>sie geht mit neuer Frist an die Rolle %1</translation>
    </message>
    <message>
        <source>it is approved without a reviewer</source>
        <translation>sie wird ohne Prüfer genehmigt</translation>
    </message>
    <message>
        <source>it expires and the execution fails</source>
        <translation>sie läuft ab und die Ausführung schlägt fehl</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1 (passed %2 ago)</source>
        <translation>%1 (vor %2 abgelaufen)</translation>
    </message>
    <message>
        <source>This gate expired at %1 without a decision.</source>
        <translation>Diese Freigabe ist am %1 ohne Entscheidung abgelaufen.</translation>
    </message>
    <message>
        <source>This gate was %1 by its timeout at %2.</source>
        <translation>Über diese Freigabe wurde am %2 durch Zeitüberschreitung entschieden (%1).</translation>
    </message>
    <message>
        <source>This gate was already %1 by %2 at %3.</source>
        <translation>Über diese Freigabe wurde bereits am %3 entschieden (%1 von %2).</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Used so far</source>
        <translation>Bisher verbraucht</translation>
    </message>
    <message>
        <source>Held by running attempts</source>
        <translation>Von laufenden Versuchen reserviert</translation>
    </message>
    <message>
        <source>Still to run (estimate)</source>
        <translation>Noch auszuführen (Schätzung)</translation>
    </message>
    <message>
        <source>≈ %1 · stages left: %2</source>
        <translation>≈ %1 · verbleibende Stufen: %2</translation>
    </message>
    <message>
        <source>Expected in all</source>
        <translation>Insgesamt erwartet</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Still to run</source>
        <translation>Noch auszuführen</translation>
    </message>
    <message>
        <source>stages left: %1, no estimate recorded</source>
        <translation>verbleibende Stufen: %1, keine Schätzung gespeichert</translation>
    </message>
    <message>
        <source>%1 for this execution</source>
        <translation>%1 für diese Ausführung</translation>
    </message>
    <message>
        <source>+ %1 granted</source>
        <translation>+ %1 gewährt</translation>
    </message>
    <message>
        <source>(the expected cost is above it)</source>
        <translation>(die erwarteten Kosten liegen darüber)</translation>
    </message>
    <message>
        <source>Cost limit</source>
        <translation>Kostenlimit</translation>
    </message>
    <message>
        <source>none of its own; today&apos;s budget is %1</source>
        <translation>kein eigenes; das heutige Budget beträgt %1</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>Needed now</source>
        <translation>Jetzt benötigt</translation>
    </message>
    <message>
        <source>Default grant</source>
        <translation>Standardmäßig gewährt</translation>
    </message>
    <message>
        <source>%1 (what finishing the execution takes)</source>
        <translation>%1 (was die Ausführung bis zum Ende braucht)</translation>
    </message>
    <message>
        <source>Budget that ran out</source>
        <translation>Erschöpftes Budget</translation>
    </message>
    <message>
        <source>today&apos;s (%1)</source>
        <translation>Tagesbudget (%1)</translation>
    </message>
    <message>
        <source>this execution&apos;s</source>
        <translation>Budget dieser Ausführung</translation>
    </message>
    <message>
        <source>Emergency reserve left today</source>
        <translation>Heute verbleibende Notfallreserve</translation>
    </message>
    <message>
        <source>Approving grants the amounts below: tokens come from today&apos;s emergency reserve, dollars go beyond the budgets.</source>
        <translation>Eine Genehmigung gewährt die unten stehenden Beträge: Token stammen aus der heutigen Notfallreserve, Dollar gehen über die Budgets hinaus.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No stage has given a verdict yet.</source>
        <translation>Noch keine Stufe hat eine Bewertung abgegeben.</translation>
    </message>
    <message>
        <source>No stage flagged or failed.</source>
        <translation>Keine Stufe hat beanstandet oder nicht bestanden.</translation>
    </message>
    <message>
        <source>Other verdicts: %1</source>
        <translation>Weitere Bewertungen: %1</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — fertig</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>*%1 gave no output.*</source>
        <translation>*%1 hat keine Ausgabe geliefert.*</translation>
    </message>
    <message>
        <source>%1 — ✗ failed</source>
        <translation>%1 — ✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>**%1 failed** (%2): %3</source>
        <translation>**%1 fehlgeschlagen** (%2): %3</translation>
    </message>
    <message>
        <source>%1 — skipped</source>
        <translation>%1 — übersprungen</translation>
    </message>
    <message>
        <source>*%1 was skipped.*</source>
        <translation>*%1 wurde übersprungen.*</translation>
    </message>
    <message>
        <source>%1 — running</source>
        <translation>%1 — läuft</translation>
    </message>
    <message>
        <source>*%1 is running (attempt %2).*</source>
        <translation>*%1 läuft (Versuch %2).*</translation>
    </message>
</context>
<context>
    <name>Conductor::GatePrompt</name>
    <message>
        <source>%1 is critical: someone other than %2 decides it, with a TOTP code: conductor approve %3 --code CODE</source>
        <translation>%1 ist kritisch: Darüber entscheidet jemand anderes als %2, mit einem TOTP-Code: conductor approve %3 --code CODE</translation>
    </message>
    <message>
        <source>%1 needs a reviewer with the role %2: conductor approve %3</source>
        <translation>%1 braucht einen Prüfer mit der Rolle %2: conductor approve %3</translation>
    </message>
    <message>
        <source>Gate %1 (%2)</source>
        <translation>Freigabe %1 (%2)</translation>
    </message>
    <message>
        <source>Cost so far: %1, %2 tokens</source>
        <translation>Bisherige Kosten: %1, %2 Token</translation>
    </message>
    <message>
        <source>Verdict of %1: %2</source>
        <translation>Bewertung von %1: %2</translation>
    </message>
    <message>
        <source>Output of %1:</source>
        <translation>Ausgabe von %1:</translation>
    </message>
    <message>
        <source>Approve %1? [a]pprove, [r]eject, [w]ait for a decision from elsewhere: </source>
        <translation>%1 genehmigen? [a]pprove (genehmigen), [r]eject (ablehnen), [w]ait (auf eine Entscheidung an anderer Stelle warten): </translation>
    </message>
    <message>
        <source>the gate was decided elsewhere</source>
        <translation>über die Freigabe wurde an anderer Stelle entschieden</translation>
    </message>
    <message>
        <source>waiting; decide with: conductor approve %1</source>
        <translation>wartet; entscheiden Sie mit: conductor approve %1</translation>
    </message>
    <message>
        <source>Answer a, r or w: </source>
        <translation>Antworten Sie mit a, r oder w: </translation>
    </message>
    <message>
        <source>Notes (recorded; Enter for none): </source>
        <translation>Notizen (werden protokolliert; Eingabetaste für keine): </translation>
    </message>
    <message>
        <source>Approving grants %1 tokens from the emergency reserve and %2 beyond the budgets: what finishing the execution takes</source>
        <translation>Eine Zustimmung gewährt %1 Token aus der Notfallreserve und %2 über die Budgets hinaus: was die Ausführung bis zum Ende braucht</translation>
    </message>
</context>
<context>
    <name>Conductor::GateReview</name>
    <message>
        <source>Gate %1 is not in execution %2</source>
        <translation>Freigabe %1 gehört nicht zur Ausführung %2</translation>
    </message>
</context>
<context>
    <name>Conductor::GatesCommand</name>
    <message>
        <source>Lists the gates waiting for a decision.</source>
        <translation>Listet die Freigaben auf, die auf eine Entscheidung warten.</translation>
    </message>
    <message>
        <source>List decided gates too.</source>
        <translation>Auch entschiedene Freigaben auflisten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No gates.</source>
        <translation>Keine Freigaben.</translation>
    </message>
    <message>
        <source>No gate waits for a decision.</source>
        <translation>Keine Freigabe wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (kritisch)</translation>
    </message>
    <message>
        <source>approve or reject.</source>
        <translation>approve oder reject.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Begründung (wird protokolliert).</translation>
    </message>
    <message>
        <source>A condition attached to the approval.</source>
        <translation>Eine Bedingung, die an die Genehmigung geknüpft wird.</translation>
    </message>
    <message>
        <source>The gate&apos;s id.</source>
        <translation>Die id der Freigabe.</translation>
    </message>
    <message>
        <source>approve needs one gate id</source>
        <translation>approve braucht die id einer Freigabe</translation>
    </message>
    <message>
        <source>--decision is approve or reject, not &apos;%1&apos;</source>
        <translation>--decision ist approve oder reject, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no gate %1</source>
        <translation>keine Freigabe %1</translation>
    </message>
    <message>
        <source>gate %1 was already %2 by %3</source>
        <translation>Freigabe %1 wurde bereits entschieden (%2 von %3)</translation>
    </message>
    <message>
        <source>cannot record the decision</source>
        <translation>die Entscheidung kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 genehmigt</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>list gates</source>
        <translation>Freigaben aufzulisten</translation>
    </message>
    <message>
        <source>%1  %2  %3%4  %5 (%6 or higher): %7 (cost so far %8)</source>
        <translation>%1  %2  %3%4  %5 (%6 oder höher): %7 (bisherige Kosten %8)</translation>
    </message>
    <message>
        <source>Decides a gate as the local operator. A critical gate needs the reviewer&apos;s TOTP code and may not be decided by whoever started its execution.</source>
        <translation>Entscheidet als lokaler Operator über eine Freigabe. Eine kritische Freigabe erfordert den TOTP-Code des Prüfers, und wer ihre Ausführung gestartet hat, darf nicht über sie entscheiden.</translation>
    </message>
    <message>
        <source>Your TOTP code (critical gates; asked for on a terminal when missing).</source>
        <translation>Ihr TOTP-Code (bei kritischen Freigaben; fehlt er, wird er im Terminal abgefragt).</translation>
    </message>
    <message>
        <source>decide gates</source>
        <translation>über Freigaben zu entscheiden</translation>
    </message>
    <message>
        <source>%1 may not decide gate %2: it needs the role %3 or higher, and %1 is %4</source>
        <translation>%1 darf nicht über Freigabe %2 entscheiden: Sie erfordert die Rolle %3 oder höher, und %1 hat die Rolle %4</translation>
    </message>
    <message>
        <source>%1 started execution %2 and may not decide its critical gate %3; another reviewer must</source>
        <translation>%1 hat die Ausführung %2 gestartet und darf nicht über ihre kritische Freigabe %3 entscheiden; das muss ein anderer Prüfer tun</translation>
    </message>
    <message>
        <source>TOTP code for %1: </source>
        <translation>TOTP-Code für %1: </translation>
    </message>
    <message>
        <source>gate %1 is critical: give your TOTP code with --code</source>
        <translation>Freigabe %1 ist kritisch: Geben Sie Ihren TOTP-Code mit --code an</translation>
    </message>
    <message>
        <source>--grant-tokens takes a whole number of tokens, such as 40000</source>
        <translation>--grant-tokens erwartet eine ganze Zahl von Token, etwa 40000</translation>
    </message>
    <message>
        <source>--grant-usd takes an amount in USD, such as 3.20</source>
        <translation>--grant-usd erwartet einen Betrag in USD, etwa 3.20</translation>
    </message>
    <message>
        <source>--grant-tokens and --grant-usd go with an approval</source>
        <translation>--grant-tokens und --grant-usd sind nur bei einer Genehmigung möglich</translation>
    </message>
    <message>
        <source>gate %1 is a %2 gate: only a budget gate grants tokens or dollars</source>
        <translation>Freigabe %1 ist vom Typ %2: Nur eine Budgetfreigabe gewährt Token oder Dollar</translation>
    </message>
    <message>
        <source>A budget gate: tokens to grant from the day&apos;s emergency reserve (default: what the gate says finishing the execution takes).</source>
        <translation>Eine Budgetfreigabe: Token, die aus der Notfallreserve des Tages gewährt werden (Vorgabe: was die Freigabe als nötig angibt, um die Ausführung zu beenden).</translation>
    </message>
    <message>
        <source>A budget gate: dollars to grant beyond the budgets (default: what the gate says finishing the execution takes).</source>
        <translation>Eine Budgetfreigabe: Dollar, die über die Budgets hinaus gewährt werden (Vorgabe: was die Freigabe als nötig angibt, um die Ausführung zu beenden).</translation>
    </message>
</context>
<context>
    <name>Conductor::GatesModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kritisch)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Why it opened</source>
        <translation>Warum sie geöffnet wurde</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Conductor::HeadlessCommand</name>
    <message>
        <source>Runs Conductor without a window and serves its REST API.</source>
        <translation>Führt Conductor ohne Fenster aus und stellt seine REST-API bereit.</translation>
    </message>
    <message>
        <source>Run without a window, serving the REST API.</source>
        <translation>Ohne Fenster laufen und die REST-API bereitstellen.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default 127.0.0.1:8080; port 0 picks a free one). Addresses other than loopback need TLS.</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard 127.0.0.1:8080; Port 0 wählt einen freien). Andere Adressen als Loopback brauchen TLS.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM).</source>
        <translation>Das Zertifikat des Servers (PEM).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>Der private Schlüssel des Zertifikats (PEM, unverschlüsselt).</translation>
    </message>
    <message>
        <source>Where executions write their report bundles.</source>
        <translation>Wohin Ausführungen ihre Berichtspakete schreiben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, such as 127.0.0.1:8080, not &apos;%1&apos;</source>
        <translation>--listen braucht HOST:PORT, etwa 127.0.0.1:8080, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>refusing to listen on %1 without TLS: give --tls-cert and --tls-key, or listen on 127.0.0.1</source>
        <translation>auf %1 wird ohne TLS nicht gelauscht: Geben Sie --tls-cert und --tls-key an, oder lauschen Sie auf 127.0.0.1</translation>
    </message>
    <message>
        <source>cannot watch for signals</source>
        <translation>Signale können nicht überwacht werden</translation>
    </message>
    <message>
        <source>The API cannot check tokens without its signing key: %1</source>
        <translation>Ohne ihren Signierschlüssel kann die API keine Token prüfen: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::IdeaRows</name>
    <message>
        <source>an idea with id %1 exists already</source>
        <translation>eine Idee mit der ID %1 gibt es bereits</translation>
    </message>
    <message>
        <source>Cannot record the idea: %1</source>
        <translation>Die Idee kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the ideas: %1</source>
        <translation>Die Ideen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::InterventionDialog</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel execution</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Skip stage</source>
        <translation>Stufe überspringen</translation>
    </message>
    <message>
        <source>Retry stage</source>
        <translation>Stufe wiederholen</translation>
    </message>
    <message>
        <source>Change retry strategy</source>
        <translation>Wiederholungsstrategie ändern</translation>
    </message>
    <message>
        <source>Change agent</source>
        <translation>Agent wechseln</translation>
    </message>
    <message>
        <source>Override budget</source>
        <translation>Budget überschreiben</translation>
    </message>
    <message>
        <source>Running attempts finish; nothing new starts until it is resumed.</source>
        <translation>Laufende Versuche laufen zu Ende; bis zur Fortsetzung startet nichts Neues.</translation>
    </message>
    <message>
        <source>It goes on where it stopped.</source>
        <translation>Sie läuft dort weiter, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>Running attempts are stopped and what they held is released. A cancelled execution cannot be resumed.</source>
        <translation>Laufende Versuche werden gestoppt und ihre Reservierungen aufgehoben. Eine abgebrochene Ausführung kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The stage is marked skipped and the stages after it go on without its output.</source>
        <translation>Die Stufe wird als übersprungen markiert, und die nachfolgenden Stufen laufen ohne ihre Ausgabe weiter.</translation>
    </message>
    <message>
        <source>The stage runs again from a fresh attempt, and so does what needs it.</source>
        <translation>Die Stufe läuft mit einem neuen Versuch erneut, ebenso alles, was von ihr abhängt.</translation>
    </message>
    <message>
        <source>The stage&apos;s next attempts wait and give up as the strategy says.</source>
        <translation>Die nächsten Versuche der Stufe warten und geben auf, wie es die Strategie vorgibt.</translation>
    </message>
    <message>
        <source>The stage&apos;s next attempts run with the chosen agent.</source>
        <translation>Die nächsten Versuche der Stufe laufen mit dem gewählten Agenten.</translation>
    </message>
    <message>
        <source>The execution may spend this much beyond its budgets: dollars, and tokens from the day&apos;s emergency reserve.</source>
        <translation>Die Ausführung darf so viel über ihre Budgets hinaus verbrauchen: Dollar sowie Token aus der Notfallreserve des Tages.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>St&amp;rategie:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>Dollars to grant</source>
        <translation>Zu gewährende Dollar</translation>
    </message>
    <message>
        <source>&amp;Dollars:</source>
        <translation>&amp;Dollar:</translation>
    </message>
    <message>
        <source>Tokens to grant from the emergency reserve</source>
        <translation>Aus der Notfallreserve zu gewährende Token</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Why? It is recorded with your name.</source>
        <translation>Warum? Die Begründung wird mit Ihrem Namen protokolliert.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation>Schließen, ohne etwas zu tun</translation>
    </message>
    <message>
        <source>Checking your role…</source>
        <translation>Ihre Rolle wird geprüft …</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs the role %2, and %1 is %3</source>
        <translation>%1 darf das nicht: Dafür ist die Rolle %2 nötig, und %1 hat die Rolle %3</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>Conductor::KeyMetrics</name>
    <message>
        <source>The key metrics could not be read: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::KeychainSecrets</name>
    <message>
        <source>the keychain is locked; unlock it and try again</source>
        <translation>der Schlüsselbund ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>access to the keychain was refused; allow it and try again</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert; erlauben Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the system keychain is unavailable: %1</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>there is no secret named %1 in the system keychain</source>
        <translation>im Schlüsselbund des Systems gibt es kein Secret namens %1</translation>
    </message>
    <message>
        <source>a secret cannot be empty</source>
        <translation>ein Secret darf nicht leer sein</translation>
    </message>
    <message>
        <source>a secret is at most %1 bytes</source>
        <translation>ein Secret ist höchstens %1 Bytes lang</translation>
    </message>
    <message>
        <source>%1 was stored, but the list of names could not be updated: %2</source>
        <translation>%1 wurde gespeichert, aber die Namensliste konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 was deleted, but the list of names could not be updated: %2</source>
        <translation>%1 wurde gelöscht, aber die Namensliste konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::LedgerRows</name>
    <message>
        <source>Spending on %1 reached $%2, past the alert threshold of $%3 (budgets.cost.alertThresholdUSD)</source>
        <translation>Die Ausgaben am %1 haben $%2 erreicht und damit die Alarmschwelle von $%3 überschritten (budgets.cost.alertThresholdUSD)</translation>
    </message>
</context>
<context>
    <name>Conductor::LineDiff</name>
    <message>
        <source>(the diff is cut here: it is longer than %1 characters)</source>
        <translation>(der Diff wird hier abgeschnitten: Er ist länger als %1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>Conductor::LlmAgent</name>
    <message>
        <source>no place to read the secret %1 from</source>
        <translation>keine Quelle, aus der das Secret %1 gelesen werden kann</translation>
    </message>
    <message>
        <source>the secret %1 is empty; set it with conductor secrets set %1</source>
        <translation>das Secret %1 ist leer; setzen Sie es mit conductor secrets set %1</translation>
    </message>
    <message>
        <source>no secret named %1; set it with conductor secrets set %1</source>
        <translation>kein Secret namens %1; setzen Sie es mit conductor secrets set %1</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now</source>
        <translation>das Secret %1 kann derzeit nicht gelesen werden</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now: %2</source>
        <translation>das Secret %1 kann derzeit nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>kein Netzwerkzugang</translation>
    </message>
    <message>
        <source>the provider %1 has no usable base URL: %2</source>
        <translation>der Provider %1 hat keine verwendbare Basis-URL: %2</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2</source>
        <translation>%1 hat innerhalb von %2 keine vollständige Antwort gegeben</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete mit %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete mit %2: %3</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 broke off its answer: %2</source>
        <translation>%1 hat seine Antwort abgebrochen: %2</translation>
    </message>
    <message>
        <source>the answer from %1 broke off: %2</source>
        <translation>die Antwort von %1 brach ab: %2</translation>
    </message>
    <message>
        <source>the answer from %1 ended before its end mark</source>
        <translation>die Antwort von %1 endete vor ihrer Endmarke</translation>
    </message>
    <message>
        <source>%1 sent an answer that cannot be read: %2</source>
        <translation>%1 hat eine unlesbare Antwort gesendet: %2</translation>
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
        <translation>Konfiguration: eingebaut</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Conductor</source>
        <translation>Ü&amp;ber Conductor</translation>
    </message>
    <message>
        <source>About Conductor</source>
        <translation>Über Conductor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conductor %1&lt;/h3&gt;&lt;p&gt;Orchestrates multi-stage AI-agent pipelines with budgets and quality gates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conductor %1&lt;/h3&gt;&lt;p&gt;Orchestriert mehrstufige KI-Agenten-Pipelines mit Budgets und Qualitätsfreigaben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Spending today</source>
        <translation>Ausgaben heute</translation>
    </message>
    <message>
        <source>Gates waiting for a decision</source>
        <translation>Freigaben, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>Decide a gate with: conductor approve GATE_ID --decision approve|reject</source>
        <translation>Eine Freigabe entscheiden mit: conductor approve GATE_ID --decision approve|reject</translation>
    </message>
    <message>
        <source>Gates (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <source>Conductor — gates waiting: %1</source>
        <translation>Conductor — wartende Freigaben: %1</translation>
    </message>
    <message>
        <source>Today: unknown</source>
        <translation>Heute: unbekannt</translation>
    </message>
    <message>
        <source>Today: %1 of %2</source>
        <translation>Heute: %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 tokens used today; %3 held by running attempts</source>
        <translation>%1 von %2 Token heute verbraucht; %3 von laufenden Versuchen reserviert</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation>Budgetalarm</translation>
    </message>
    <message>
        <source>Storage failed</source>
        <translation>Speicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The database could not record the engine&apos;s work: %1
Running executions stop; nothing recorded is lost.</source>
        <translation>Die Datenbank konnte die Arbeit der Engine nicht speichern: %1
Laufende Ausführungen werden gestoppt; bereits Gespeichertes geht nicht verloren.</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: %2 ausgeführt</translation>
    </message>
    <message>
        <source>Gate %1 approved</source>
        <translation>Freigabe %1 genehmigt</translation>
    </message>
    <message>
        <source>Gate %1 rejected</source>
        <translation>Freigabe %1 abgelehnt</translation>
    </message>
    <message>
        <source>Engine: starting…</source>
        <translation>Engine: wird gestartet …</translation>
    </message>
    <message>
        <source>Engine: ready · executions here: %1</source>
        <translation>Engine: bereit · Ausführungen hier: %1</translation>
    </message>
    <message>
        <source>Engine: stopped — %1</source>
        <translation>Engine: gestoppt — %1</translation>
    </message>
    <message>
        <source>Show Conductor</source>
        <translation>Conductor anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Gate waiting: %1</source>
        <translation>Wartende Freigabe: %1</translation>
    </message>
    <message>
        <source>Gates waiting: %1</source>
        <translation>Wartende Freigaben: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>Review gate %1…</source>
        <translation>Freigabe %1 prüfen …</translation>
    </message>
    <message>
        <source>%1 “%2”…</source>
        <translation>%1: „%2“ …</translation>
    </message>
    <message>
        <source>Open a gate (double-click or Enter) to review and decide it; or use: conductor approve GATE_ID --decision approve|reject</source>
        <translation>Öffnen Sie eine Freigabe (Doppelklick oder Eingabetaste), um sie zu prüfen und zu entscheiden, oder verwenden Sie: conductor approve GATE_ID --decision approve|reject</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Neue Pipeline …</translation>
    </message>
    <message>
        <source>E&amp;xecution</source>
        <translation>A&amp;usführung</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit the graph</source>
        <translation>Graph &amp;einpassen</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The configuration was saved but is not valid; nothing was applied.</source>
        <translation>Die Konfiguration wurde gespeichert, ist aber ungültig; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>Configuration applied: new executions start with it.</source>
        <translation>Konfiguration angewendet: Neue Ausführungen starten damit.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>The REST API is served on %1</source>
        <translation>Die REST-API wird unter %1 bereitgestellt</translation>
    </message>
    <message>
        <source>REST API: %1</source>
        <translation>REST-API: %1</translation>
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alarm behoben: %1</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>Alert %1 (%2)</source>
        <translation>Alarm %1 (%2)</translation>
    </message>
    <message>
        <source>Engine: slow (%1 ms late) · executions here: %2</source>
        <translation>Engine: langsam (%1 ms verspätet) · Ausführungen hier: %2</translation>
    </message>
    <message>
        <source>The engine&apos;s responsiveness has not been measured yet</source>
        <translation>Die Reaktionszeit der Engine wurde noch nicht gemessen</translation>
    </message>
    <message>
        <source>The engine answered within %1 ms over the last minute (now %2 ms)</source>
        <translation>Die Engine hat in der letzten Minute innerhalb von %1 ms reagiert (jetzt %2 ms)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Start a &amp;demo run</source>
        <translation>&amp;Demo-Lauf starten</translation>
    </message>
    <message>
        <source>Starts the shipped I2S pipeline on a sample idea; its first gate waits for your decision</source>
        <translation>Startet die mitgelieferte I2S-Pipeline mit einer Beispielidee; ihre erste Freigabe wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Starting a demo run…</source>
        <translation>Demo-Lauf wird gestartet …</translation>
    </message>
    <message>
        <source>Demo run %1 started: its first gate will ask you for a decision.</source>
        <translation>Demo-Lauf %1 gestartet: Seine erste Freigabe wird Sie um eine Entscheidung bitten.</translation>
    </message>
    <message>
        <source>No demo run started: %1</source>
        <translation>Kein Demo-Lauf gestartet: %1</translation>
    </message>
    <message>
        <source>Start a demo run</source>
        <translation>Demo-Lauf starten</translation>
    </message>
</context>
<context>
    <name>Conductor::MemorySecrets</name>
    <message>
        <source>there is no secret named %1</source>
        <translation>es gibt kein Secret namens %1</translation>
    </message>
    <message>
        <source>a secret cannot be empty</source>
        <translation>ein Secret darf nicht leer sein</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>der Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the system keychain is unavailable: simulated</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar: simuliert</translation>
    </message>
</context>
<context>
    <name>Conductor::MetricTile</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
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
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>RECOVERED</source>
        <translation>BEHOBEN</translation>
    </message>
    <message>
        <source>RECOVERY</source>
        <translation>BEHEBUNG</translation>
    </message>
    <message>
        <source>MEAN SUCCESS</source>
        <translation>MITTL. ERFOLGSDAUER</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Key metrics from %1 to %2 (%3)</source>
        <translation>Kennzahlen von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Executions that ended: %1 completed, %2 failed, %3 cancelled</source>
        <translation>Beendete Ausführungen: %1 abgeschlossen, %2 fehlgeschlagen, %3 abgebrochen</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>KENNZAHL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>Pipeline success rate</source>
        <translation>Erfolgsquote der Pipelines</translation>
    </message>
    <message>
        <source>%1 completed of %2 that completed or failed</source>
        <translation>%1 abgeschlossen von %2 abgeschlossenen oder fehlgeschlagenen</translation>
    </message>
    <message>
        <source>Average execution time</source>
        <translation>Durchschnittliche Ausführungsdauer</translation>
    </message>
    <message>
        <source>p50 %1, p95 %2</source>
        <translation>p50 %1, p95 %2</translation>
    </message>
    <message>
        <source>Tokens per completed execution</source>
        <translation>Token je abgeschlossener Ausführung</translation>
    </message>
    <message>
        <source>%1 tokens in all</source>
        <translation>%1 Token insgesamt</translation>
    </message>
    <message>
        <source>Dollars per completed execution</source>
        <translation>Dollar je abgeschlossener Ausführung</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>Gate first-approval rate</source>
        <translation>Erstgenehmigungsquote der Freigaben</translation>
    </message>
    <message>
        <source>%1 approved at the first decision of %2 decided</source>
        <translation>%1 bei der ersten Entscheidung genehmigt von %2 entschiedenen</translation>
    </message>
    <message>
        <source>Error recovery rate</source>
        <translation>Fehlerbehebungsquote</translation>
    </message>
    <message>
        <source>%1 recovered by a retry of %2 failed attempts</source>
        <translation>%1 durch eine Wiederholung behoben von %2 fehlgeschlagenen Versuchen</translation>
    </message>
    <message>
        <source>No stage ran in the window.</source>
        <translation>Im Zeitfenster lief keine Stufe.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>Shows the key metrics of the executions that ended in a window of time: pipeline success rate, execution time, tokens and dollars per completed execution, gate first-approval rate and error recovery rate, per stage and per agent.</source>
        <translation>Zeigt die Kennzahlen der Ausführungen, die in einem Zeitfenster endeten: Erfolgsquote der Pipelines, Ausführungsdauer, Token und Dollar je abgeschlossener Ausführung, Erstgenehmigungsquote der Freigaben und Fehlerbehebungsquote, je Stufe und je Agent.</translation>
    </message>
    <message>
        <source>How far back the window reaches, such as 1h, 24h, 7d or 30d (default: 24h).</source>
        <translation>Wie weit das Zeitfenster zurückreicht, etwa 1h, 24h, 7d oder 30d (Standard: 24h).</translation>
    </message>
    <message>
        <source>The end of the window, in ISO 8601 such as 2026-03-10T12:00:00Z (default: now).</source>
        <translation>Das Ende des Zeitfensters in ISO 8601, etwa 2026-03-10T12:00:00Z (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--window: %1</source>
        <translation>--window: %1</translation>
    </message>
    <message>
        <source>--window must be longer than nothing, not &apos;%1&apos;</source>
        <translation>--window muss länger als nichts sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--until takes a time such as 2026-03-10T12:00:00Z, not &apos;%1&apos;</source>
        <translation>--until erwartet eine Zeit wie 2026-03-10T12:00:00Z, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>read the metrics</source>
        <translation>Kennzahlen zu lesen</translation>
    </message>
    <message>
        <source>cannot read the metrics: %1</source>
        <translation>die Kennzahlen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4), in buckets of %5</source>
        <translation>%1 von %2 bis %3 (%4), in Abschnitten von %5</translation>
    </message>
    <message>
        <source>No samples in the window.</source>
        <translation>Keine Messwerte im Zeitraum.</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>AB</translation>
    </message>
    <message>
        <source>SAMPLES</source>
        <translation>MESSWERTE</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>LETZTER</translation>
    </message>
    <message>
        <source>Instead of the key metrics, the samples the alert monitor stored of one metric (one an alert rule may name, such as engine_loop_latency_ms), decimated: each line the minimum, mean, maximum and last value of a bucket.</source>
        <translation>Statt der Kennzahlen die Messwerte, die die Alarmüberwachung von einer Metrik gespeichert hat (einer, die eine Alarmregel nennen kann, etwa engine_loop_latency_ms), ausgedünnt: jede Zeile Minimum, Mittel, Maximum und letzter Wert eines Abschnitts.</translation>
    </message>
    <message>
        <source>With --series: the execution whose series it is, for the per-execution metrics (default: the whole installation&apos;s).</source>
        <translation>Mit --series: die Ausführung, deren Reihe es ist, für die Metriken je Ausführung (Standard: die der ganzen Installation).</translation>
    </message>
    <message>
        <source>With --series: at most this many buckets, 1 to 10000 (default: 60).</source>
        <translation>Mit --series: höchstens so viele Abschnitte, 1 bis 10000 (Standard: 60).</translation>
    </message>
    <message>
        <source>--subject and --width go with --series</source>
        <translation>--subject und --width gehören zu --series</translation>
    </message>
    <message>
        <source>--series: unknown metric &apos;%1&apos;; known metrics: %2</source>
        <translation>--series: unbekannte Metrik &apos;%1&apos;; bekannte Metriken: %2</translation>
    </message>
    <message>
        <source>--width takes a number from 1 to 10000, not &apos;%1&apos;</source>
        <translation>--width nimmt eine Zahl von 1 bis 10000, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read the series: %1</source>
        <translation>die Reihe kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::NewPipelineDialog</name>
    <message>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the pipeline</source>
        <translation>Pipeline starten</translation>
    </message>
    <message>
        <source>The shipped I2S pipeline</source>
        <translation>Die mitgelieferte I2S-Pipeline</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Optional: the description&apos;s first sentence</source>
        <translation>Optional: der erste Satz der Beschreibung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What is the idea? A sentence or more.</source>
        <translation>Worum geht es bei der Idee? Ein oder mehrere Sätze.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>metadata.domain: a regulated domain (such as finance or healthcare) opens a human approval gate</source>
        <translation>metadata.domain: Eine regulierte Domäne (etwa finance oder healthcare) löst eine Freigabe durch einen Menschen aus</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>metadata.accountTier: enterprise accounts get a compliance check</source>
        <translation>metadata.accountTier: Enterprise-Konten erhalten eine Compliance-Prüfung</translation>
    </message>
    <message>
        <source>Account tier</source>
        <translation>Kontotarif</translation>
    </message>
    <message>
        <source>Account &amp;tier:</source>
        <translation>&amp;Kontotarif:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>metadata.loadEstimate: 10,000 or more opens a performance review</source>
        <translation>metadata.loadEstimate: Ab 10.000 wird eine Performance-Prüfung ausgelöst</translation>
    </message>
    <message>
        <source>Load estimate</source>
        <translation>Lastschätzung</translation>
    </message>
    <message>
        <source>&amp;Load estimate:</source>
        <translation>&amp;Lastschätzung:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>More metadata</source>
        <translation>Weitere Metadaten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a metadata entry</source>
        <translation>Metadateneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected metadata entry</source>
        <translation>Ausgewählten Metadateneintrag entfernen</translation>
    </message>
    <message>
        <source>More metadata:</source>
        <translation>Weitere Metadaten:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose a pipeline file</source>
        <translation>Pipeline-Datei auswählen</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;At most</source>
        <translation>&amp;Höchstens</translation>
    </message>
    <message>
        <source>Maximum cost in USD</source>
        <translation>Höchstkosten in USD</translation>
    </message>
    <message>
        <source>Limit the cost</source>
        <translation>Kosten begrenzen</translation>
    </message>
    <message>
        <source>Max cost:</source>
        <translation>Höchstkosten:</translation>
    </message>
    <message>
        <source>none, or such as 30m or 2h</source>
        <translation>keines oder z. B. 30m oder 2h</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Approve gates that are not critical as me</source>
        <translation>Nicht kritische Freigaben in meinem Namen genehmigen</translation>
    </message>
    <message>
        <source>Needs the role approver; critical gates still wait for another reviewer</source>
        <translation>Erfordert die Rolle approver; kritische Freigaben warten weiterhin auf einen anderen Prüfer</translation>
    </message>
    <message>
        <source>Approve gates that are not critical</source>
        <translation>Nicht kritische Freigaben genehmigen</translation>
    </message>
    <message>
        <source>Budget Check</source>
        <translation>Budgetprüfung</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Wird geschätzt …</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Estimate per stage</source>
        <translation>Schätzung je Stufe</translation>
    </message>
    <message>
        <source>Describe the idea first.</source>
        <translation>Beschreiben Sie zuerst die Idee.</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Zeitlimit: %1</translation>
    </message>
    <message>
        <source>at least 1s</source>
        <translation>mindestens 1s</translation>
    </message>
    <message>
        <source>Choose a pipeline.</source>
        <translation>Wählen Sie eine Pipeline aus.</translation>
    </message>
    <message>
        <source>The pipeline or configuration is not valid: %1</source>
        <translation>Die Pipeline oder die Konfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <source>Expected: ≈ %1 tokens, ≈ %2.</source>
        <translation>Erwartet: ≈ %1 Token, ≈ %2.</translation>
    </message>
    <message>
        <source>Left today: %1 tokens, %2 (a pipeline may use %3 tokens).</source>
        <translation>Heute übrig: %1 Token, %2 (eine Pipeline darf %3 Token verbrauchen).</translation>
    </message>
    <message>
        <source>It fits.</source>
        <translation>Das passt ins Budget.</translation>
    </message>
    <message>
        <source>It would be refused:</source>
        <translation>Der Start würde verweigert:</translation>
    </message>
    <message>
        <source>from recent attempts (%1)</source>
        <translation>aus den letzten Versuchen (%1)</translation>
    </message>
    <message>
        <source>from the pipeline&apos;s figures</source>
        <translation>aus den Angaben der Pipeline</translation>
    </message>
    <message>
        <source>%1 may not start executions: that needs the role operator, and %1 is %2</source>
        <translation>%1 darf keine Ausführungen starten: Dafür ist die Rolle operator nötig, und %1 hat die Rolle %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Choose a pipeline</source>
        <translation>Pipeline auswählen</translation>
    </message>
    <message>
        <source>Pipelines (*.yml *.yaml)</source>
        <translation>Pipelines (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid pipeline:
%2</source>
        <translation>%1 ist keine gültige Pipeline:
%2</translation>
    </message>
    <message>
        <source>%1 is not a user of this database.</source>
        <translation>%1 ist kein Benutzer dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>Conductor::NodeDetails</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Select a stage to see its output, errors and attempts.</source>
        <translation>Wählen Sie eine Stufe aus, um ihre Ausgabe, Fehler und Versuche zu sehen.</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Noch keine Ausgabe.</translation>
    </message>
    <message>
        <source>Stage output</source>
        <translation>Ausgabe der Stufe</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent override</source>
        <translation>Agent-Wechsel</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Retry due</source>
        <translation>Wiederholung fällig</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Budget gate</source>
        <translation>Budgetfreigabe</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Gates that may open</source>
        <translation>Mögliche Freigaben</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Gates (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation>blockiert (%1)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Conductor::NodeSummary</name>
    <message>
        <source> (critical)</source>
        <extracomment>Appended to a gate that asks for a second factor.</extracomment>
        <translation> (kritisch)</translation>
    </message>
    <message>
        <source>Waiting for budget approval</source>
        <translation>Wartet auf Budgetfreigabe</translation>
    </message>
    <message>
        <source>Retry at %1</source>
        <extracomment>%1 is a time of day.</extracomment>
        <translation>Neuer Versuch um %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <extracomment>A completed stage and the verdict it gave (pass, flag or fail).</extracomment>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Noch keine Versuche</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <extracomment>The number of the latest attempt of a stage.</extracomment>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>How many attempts of a stage failed.</extracomment>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Gates: %1</source>
        <extracomment>%1 lists the gate types that may open at a checkpoint.</extracomment>
        <translation>Freigaben: %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <extracomment>Under the first gate of a checkpoint: how many more gates opened there.</extracomment>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>How many of a group&apos;s member stages are done.</extracomment>
        <translation>%1 von %2 fertig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of a tooltip: a label and its value.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (instead of %2)</source>
        <translation>%1 (statt %2)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Retry at</source>
        <translation>Neuer Versuch um</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Budget gate</source>
        <translation>Budgetfreigabe</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>von %1: %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>All must pass</source>
        <translation>Alle müssen bestehen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n must pass</source>
        <translation>
            <numerusform>%1 von %n muss bestehen</numerusform>
            <numerusform>%1 von %n müssen bestehen</numerusform>
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
        <translation>%1 Token</translation>
    </message>
</context>
<context>
    <name>Conductor::Notifier</name>
    <message>
        <source>the alert has no id to send it by</source>
        <translation>der Alarm hat keine ID, unter der er gesendet werden kann</translation>
    </message>
    <message>
        <source>not sent: %1 alerts are already on their way</source>
        <translation>nicht gesendet: %1 Alarme sind bereits unterwegs</translation>
    </message>
    <message>
        <source>dropped: more than %1 alerts were waiting</source>
        <translation>verworfen: mehr als %1 Alarme warteten</translation>
    </message>
    <message>
        <source>no place to read the secret %1 from</source>
        <translation>keine Quelle, aus der das Secret %1 gelesen werden kann</translation>
    </message>
    <message>
        <source>no secret named %1; set it with conductor secrets set %1</source>
        <translation>kein Secret namens %1; setzen Sie es mit conductor secrets set %1</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now</source>
        <translation>das Secret %1 kann derzeit nicht gelesen werden</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now: %2</source>
        <translation>das Secret %1 kann derzeit nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the secret %1 is empty; set it with conductor secrets set %1</source>
        <translation>das Secret %1 ist leer; setzen Sie es mit conductor secrets set %1</translation>
    </message>
    <message>
        <source>%1 gave no answer within %2</source>
        <translation>%1 hat innerhalb von %2 nicht geantwortet</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1; gave up after the last of %2 attempts</source>
        <translation>%1; nach dem letzten von %2 Versuchen aufgegeben</translation>
    </message>
</context>
<context>
    <name>Conductor::PagerDutyNotifier</name>
    <message>
        <source>the PagerDuty address %1 must be https</source>
        <translation>die PagerDuty-Adresse %1 muss https verwenden</translation>
    </message>
    <message>
        <source>PagerDuty answered %1</source>
        <translation>PagerDuty antwortete %1</translation>
    </message>
    <message>
        <source>PagerDuty answered %1: %2</source>
        <translation>PagerDuty antwortete %1: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineEndpointRewrite</name>
    <message>
        <source>the pipeline cannot be read</source>
        <translation>die Pipeline kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the pipeline has no agents to put on the endpoint</source>
        <translation>die Pipeline hat keine Agenten, die auf den Endpunkt umgestellt werden könnten</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineGraphView</name>
    <message>
        <source>Pipeline graph</source>
        <translation>Pipeline-Graph</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No pipeline.</source>
        <translation>Keine Pipeline.</translation>
    </message>
    <message>
        <source>%1, %2 nodes.</source>
        <extracomment>The graph&apos;s description for screen readers: the pipeline and its number of nodes.</extracomment>
        <translation>%1, %2 Knoten.</translation>
    </message>
    <message>
        <source>No node selected; the arrow keys select one.</source>
        <translation>Kein Knoten ausgewählt; mit den Pfeiltasten wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineLoader</name>
    <message>
        <source>a pipeline file needs a &apos;%1&apos; section</source>
        <translation>eine Pipeline-Datei braucht einen Abschnitt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pipeline needs an id</source>
        <translation>der Abschnitt pipeline braucht eine id</translation>
    </message>
    <message>
        <source>unknown error class &apos;%1&apos;; known classes: %2</source>
        <translation>unbekannte Fehlerklasse &apos;%1&apos;; bekannte Klassen: %2</translation>
    </message>
    <message>
        <source>%1.initialDelay (%2) is above %1.maxDelay (%3)</source>
        <translation>%1.initialDelay (%2) liegt über %1.maxDelay (%3)</translation>
    </message>
    <message>
        <source>%1.escalationThreshold (%2) is more than the attempts maxRetries allows (%3), so it never escalates</source>
        <translation>%1.escalationThreshold (%2) ist größer als die Zahl der Versuche, die maxRetries zulässt (%3), daher wird nie eskaliert</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>die id &apos;%1&apos; wird doppelt verwendet (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot need itself</source>
        <translation>&apos;%1&apos; kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>a pipeline needs at least one stage</source>
        <translation>eine Pipeline braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; needs an agent</source>
        <translation>Stufe &apos;%1&apos; braucht einen Agenten</translation>
    </message>
    <message>
        <source>checkpoint &apos;%1&apos; needs a list of gates</source>
        <translation>Prüfpunkt &apos;%1&apos; braucht eine Liste von Freigaben</translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; the configuration knows: %2</source>
        <translation>unbekannte Freigabe &apos;%1&apos;; die Konfiguration kennt: %2</translation>
    </message>
    <message>
        <source>unknown gate &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Freigabe &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; already opens at checkpoint &apos;%2&apos;</source>
        <translation>Freigabe &apos;%1&apos; wird bereits am Prüfpunkt &apos;%2&apos; ausgelöst</translation>
    </message>
    <message>
        <source>gate &apos;%1&apos; is listed neither as required nor as optional in the configuration, so it never opens here</source>
        <translation>Freigabe &apos;%1&apos; ist in der Konfiguration weder als erforderlich noch als optional aufgeführt, daher wird sie hier nie ausgelöst</translation>
    </message>
    <message>
        <source>checkpoint &apos;%1&apos; needs at least one gate</source>
        <translation>Prüfpunkt &apos;%1&apos; braucht mindestens eine Freigabe</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; needs a list of stages</source>
        <translation>Gruppe &apos;%1&apos; braucht eine Liste von Stufen</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; needs at least two stages to run side by side</source>
        <translation>Gruppe &apos;%1&apos; braucht mindestens zwei Stufen, die parallel laufen</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has a quorum but its rule is not &apos;quorum&apos;</source>
        <translation>Gruppe &apos;%1&apos; hat ein Quorum, aber ihre Regel ist nicht &apos;quorum&apos;</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; needs a quorum of %2 but has only %3 stages</source>
        <translation>Gruppe &apos;%1&apos;: Das Quorum %2 ist größer als die Zahl ihrer Stufen (%3)</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has the rule &apos;quorum&apos; and needs a quorum</source>
        <translation>Gruppe &apos;%1&apos; hat die Regel &apos;quorum&apos; und braucht daher ein Quorum</translation>
    </message>
    <message>
        <source>%1 must be an error code in capitals, such as DEPLOY_BLOCKED</source>
        <translation>%1 muss ein Fehlercode in Großbuchstaben sein, etwa DEPLOY_BLOCKED</translation>
    </message>
    <message>
        <source>unknown agent &apos;%1&apos;; define it under agents</source>
        <translation>unbekannter Agent &apos;%1&apos;; definieren Sie ihn unter agents</translation>
    </message>
    <message>
        <source>unknown agent &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Agent &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; cannot give the verdict &apos;%2&apos; of agent &apos;%3&apos;; set the stage&apos;s verdict to %4</source>
        <translation>Stufe &apos;%1&apos; kann die Bewertung &apos;%2&apos; von Agent &apos;%3&apos; nicht abgeben; setzen Sie die Bewertung der Stufe auf %4</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;</source>
        <translation>unbekannte Stufe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Stufe &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; in group &apos;%2&apos;</source>
        <translation>unbekannte Stufe &apos;%1&apos; in Gruppe &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos; in group &apos;%2&apos;; did you mean &apos;%3&apos;?</source>
        <translation>unbekannte Stufe &apos;%1&apos; in Gruppe &apos;%2&apos;; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; is already in group &apos;%2&apos;</source>
        <translation>Stufe &apos;%1&apos; gehört bereits zur Gruppe &apos;%2&apos;</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>Abhängigkeitszyklus: %1</translation>
    </message>
    <message>
        <source>every stage needs an id</source>
        <translation>jede Stufe braucht eine id</translation>
    </message>
    <message>
        <source>every checkpoint needs an id</source>
        <translation>jeder Prüfpunkt braucht eine id</translation>
    </message>
    <message>
        <source>every group needs an id</source>
        <translation>jede Gruppe braucht eine id</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; needs a baseUrl, such as http://localhost:11434/v1</source>
        <translation>Provider &apos;%1&apos; braucht eine baseUrl, etwa http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>%1 must be an http or https address, such as https://api.openai.com/v1</source>
        <translation>%1 muss eine http- oder https-Adresse sein, etwa https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>%1 is not encrypted: prompts, outputs and any key travel in the clear to %2; use https</source>
        <translation>%1 ist nicht verschlüsselt: Prompts, Ausgaben und jeder Schlüssel gehen im Klartext an %2; verwenden Sie https</translation>
    </message>
    <message>
        <source>%1 needs %2 (US dollars per million tokens)</source>
        <translation>%1 braucht %2 (US-Dollar je Million Token)</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; needs a kind (simulated, llm or command)</source>
        <translation>Agent &apos;%1&apos; braucht den Schlüssel kind (simulated, llm oder command)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to %2 agents; agent &apos;%3&apos; is %4</source>
        <translation>&apos;%1&apos; gilt für %2-Agenten; Agent &apos;%3&apos; ist vom Typ %4</translation>
    </message>
    <message>
        <source>llm agent &apos;%1&apos; needs a %2</source>
        <translation>llm-Agent &apos;%1&apos; braucht den Schlüssel %2</translation>
    </message>
    <message>
        <source>command agent &apos;%1&apos; needs a command: [program, arguments...]</source>
        <translation>command-Agent &apos;%1&apos; braucht einen command: [Programm, Argumente...]</translation>
    </message>
    <message>
        <source>%1 needs a program to run</source>
        <translation>%1 braucht ein auszuführendes Programm</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; define it under providers</source>
        <translation>unbekannter Provider &apos;%1&apos;; definieren Sie ihn unter providers</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Provider &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>provider &apos;%1&apos; has no price for model &apos;%2&apos;: its use costs $0 in the budgets; add it under providers.%1.prices</source>
        <translation>Provider &apos;%1&apos; hat keinen Preis für das Modell &apos;%2&apos;: Seine Nutzung kostet in den Budgets $0; tragen Sie ihn unter providers.%1.prices ein</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; cannot be its own fallback; name another agent, or remove the key</source>
        <translation>Agent &apos;%1&apos; kann nicht sein eigener Ersatz sein; nennen Sie einen anderen Agenten oder entfernen Sie den Schlüssel</translation>
    </message>
    <message>
        <source>unknown fallback agent &apos;%1&apos;; define it under agents</source>
        <translation>unbekannter Ersatz-Agent &apos;%1&apos;; definieren Sie ihn unter agents</translation>
    </message>
    <message>
        <source>unknown fallback agent &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Ersatz-Agent &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
</context>
<context>
    <name>Conductor::PipelineOverview</name>
    <message>
        <source>Step</source>
        <extracomment>Column header: a stage, checkpoint or group of the pipeline.</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: stage, gate or aggregation.</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Runs</source>
        <extracomment>Column header: the agent a stage runs, the gates a checkpoint opens, or a group&apos;s rule.</extracomment>
        <translation>Führt aus</translation>
    </message>
    <message>
        <source>Needs</source>
        <extracomment>Column header: the steps this one waits for.</extracomment>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>No valid pipeline loaded</source>
        <translation>Keine gültige Pipeline geladen</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pipeline: %1</translation>
    </message>
    <message>
        <source>Layer %1 of the pipeline</source>
        <translation>Ebene %1 der Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>all must pass</source>
        <translation>alle müssen bestehen</translation>
    </message>
    <message numerus="yes">
        <source>%n must pass</source>
        <translation>
            <numerusform>%n muss bestehen</numerusform>
            <numerusform>%n müssen bestehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgets: %1 tokens a day (%2 per pipeline, %3 in reserve); %4 a day, alert at %5; a pipeline may run for at most %6 min.</source>
        <translation>Budgets: %1 Token am Tag (%2 je Pipeline, %3 in Reserve); %4 am Tag, Alarm bei %5; eine Pipeline darf höchstens %6 min laufen.</translation>
    </message>
</context>
<context>
    <name>Conductor::ProviderHealth</name>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>no place to read the secret %1 from</source>
        <translation>keine Quelle, aus der das Secret %1 gelesen werden kann</translation>
    </message>
    <message>
        <source>no secret named %1; set it with conductor secrets set %1</source>
        <translation>kein Secret namens %1; setzen Sie es mit conductor secrets set %1</translation>
    </message>
    <message>
        <source>the secret %1 cannot be read now: %2</source>
        <translation>das Secret %1 kann derzeit nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>kein Netzwerkzugang</translation>
    </message>
    <message>
        <source>no usable base URL: %1</source>
        <translation>keine verwendbare Basis-URL: %1</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete mit %2: %3</translation>
    </message>
    <message>
        <source>%1 answered without a model list</source>
        <translation>%1 antwortete ohne Modellliste</translation>
    </message>
</context>
<context>
    <name>Conductor::ProvidersCommand</name>
    <message>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Asks each provider of a pipeline for its models, once, and prints whether it answered: up with the number of models, or down with the reason. Exits with 0 when every provider is up and 1 when any is down.</source>
        <translation>Fragt jeden Provider einer Pipeline einmal nach seinen Modellen und gibt aus, ob er geantwortet hat: erreichbar mit der Zahl der Modelle oder nicht erreichbar mit dem Grund. Endet mit 0, wenn jeder Provider erreichbar ist, und mit 1, wenn einer nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Print a JSON array, an object per provider.</source>
        <translation>Ein JSON-Array ausgeben, ein Objekt je Provider.</translation>
    </message>
    <message>
        <source>--secrets-dir needs a folder</source>
        <translation>--secrets-dir braucht einen Ordner</translation>
    </message>
    <message>
        <source>the pipeline defines no providers</source>
        <translation>die Pipeline definiert keine Provider</translation>
    </message>
</context>
<context>
    <name>Conductor::ProvidersPanel</name>
    <message>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>No providers: every agent in this pipeline is simulated.</source>
        <translation>Keine Provider: Jeder Agent in dieser Pipeline ist simuliert.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Provider states</source>
        <translation>Zustand der Provider</translation>
    </message>
    <message>
        <source>Ask every provider for its models now</source>
        <translation>Jeden Provider jetzt nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 (down at the last %2 checks)</source>
        <translation>%1 (bei den letzten %2 Prüfungen nicht erreichbar)</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Wird erneut geprüft…</translation>
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
        <translation>Stufendatei kann nicht geschrieben werden: kein Paketordner oder keine Stufe angegeben</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the report bundle: no folder given</source>
        <translation>das Berichtspaket kann nicht geschrieben werden: kein Ordner angegeben</translation>
    </message>
</context>
<context>
    <name>Conductor::RunCommand</name>
    <message>
        <source>storage failed: %1</source>
        <translation>Speicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 takes KEY=VALUE, got &apos;%2&apos;</source>
        <translation>%1 erwartet KEY=VALUE, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Runs one execution of a pipeline to its end.</source>
        <translation>Führt eine Pipeline einmal bis zum Ende aus.</translation>
    </message>
    <message>
        <source>The idea, in a sentence or more.</source>
        <translation>Die Idee, in einem oder mehreren Sätzen.</translation>
    </message>
    <message>
        <source>A short title (default: the idea&apos;s start).</source>
        <translation>Ein kurzer Titel (Standard: der Anfang der Idee).</translation>
    </message>
    <message>
        <source>Idea metadata, such as domain=finance.</source>
        <translation>Metadaten der Idee, etwa domain=finance.</translation>
    </message>
    <message>
        <source>low, normal, high or critical.</source>
        <translation>low, normal, high oder critical.</translation>
    </message>
    <message>
        <source>The most it may spend, in USD.</source>
        <translation>Höchstbetrag, den die Ausführung ausgeben darf, in USD.</translation>
    </message>
    <message>
        <source>Its time limit, such as 10m.</source>
        <translation>Zeitlimit der Ausführung, etwa 10m.</translation>
    </message>
    <message>
        <source>Where the report bundle goes.</source>
        <translation>Zielordner für das Berichtspaket.</translation>
    </message>
    <message>
        <source>The simulated agents&apos; seed.</source>
        <translation>Der Seed der simulierten Agenten.</translation>
    </message>
    <message>
        <source>A simulation setting, such as risk.verdict=flag.</source>
        <translation>Eine Simulationseinstellung, etwa risk.verdict=flag.</translation>
    </message>
    <message>
        <source>Approve gates that are not critical as the local operator.</source>
        <translation>Nicht kritische Freigaben als lokaler Operator genehmigen.</translation>
    </message>
    <message>
        <source>Print each event as a JSON line.</source>
        <translation>Jedes Ereignis als JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>run needs --idea TEXT</source>
        <translation>run braucht --idea TEXT</translation>
    </message>
    <message>
        <source>--priority is low, normal, high or critical, not &apos;%1&apos;</source>
        <translation>--priority ist low, normal, high oder critical, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-cost takes an amount in USD such as 50 or 12.50</source>
        <translation>--max-cost erwartet einen Betrag in USD wie 50 oder 12.50</translation>
    </message>
    <message>
        <source>--timeout: %1</source>
        <translation>--timeout: %1</translation>
    </message>
    <message>
        <source>at least 1s</source>
        <translation>mindestens 1s</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>the built-in pipeline is missing</source>
        <translation>die eingebaute Pipeline fehlt</translation>
    </message>
    <message>
        <source>Takes over every unfinished execution whose owner is gone and runs each until it ends or waits on a person.</source>
        <translation>Übernimmt jede unfertige Ausführung, deren Eigentümer nicht mehr läuft, und führt sie weiter, bis sie endet oder auf einen Menschen wartet.</translation>
    </message>
    <message>
        <source>Where report bundles go (default: as started).</source>
        <translation>Zielordner für Berichtspakete (Standard: wie beim Start).</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>nichts fortzusetzen</translation>
    </message>
    <message numerus="yes">
        <source>resuming %n execution(s)</source>
        <translation>
            <numerusform>%n Ausführung wird fortgesetzt</numerusform>
            <numerusform>%n Ausführungen werden fortgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>start executions</source>
        <translation>Ausführungen zu starten</translation>
    </message>
    <message>
        <source>%1 may not approve gates (--approve-gates): that needs the role approver, and %1 is %2</source>
        <translation>%1 darf keine Freigaben genehmigen (--approve-gates): Dafür ist die Rolle approver nötig, und %1 hat die Rolle %2</translation>
    </message>
    <message>
        <source>resume and approve gates</source>
        <translation>Ausführungen fortzusetzen und dabei Freigaben zu genehmigen</translation>
    </message>
    <message>
        <source>resume executions</source>
        <translation>Ausführungen fortzusetzen</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>Run every agent on this OpenAI-compatible endpoint, such as http://localhost:11434/v1.</source>
        <translation>Jeden Agenten über diesen OpenAI-kompatiblen Endpunkt ausführen, etwa http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The model to ask there (with --llm-base-url).</source>
        <translation>Das dort anzufragende Modell (mit --llm-base-url).</translation>
    </message>
    <message>
        <source>The secret that holds the endpoint&apos;s key (see conductor secrets).</source>
        <translation>Das Secret mit dem Schlüssel des Endpunkts (siehe conductor secrets).</translation>
    </message>
    <message>
        <source>--llm-base-url and --llm-model go together</source>
        <translation>--llm-base-url und --llm-model gehören zusammen</translation>
    </message>
    <message>
        <source>note: %1 has no price here, so its use counts $0 against the dollar budgets; the token budgets still hold</source>
        <translation>Hinweis: %1 hat hier keinen Preis, daher zählt seine Nutzung mit $0 gegen die Dollar-Budgets; die Token-Budgets gelten weiterhin</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretDialog</name>
    <message>
        <source>Replace the secret %1</source>
        <translation>Secret %1 ersetzen</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Secret hinzufügen</translation>
    </message>
    <message>
        <source>The new value replaces the one kept in %1. It is not shown again.</source>
        <translation>Der neue Wert ersetzt den bisherigen, den %1 verwahrt. Er wird nicht wieder angezeigt.</translation>
    </message>
    <message>
        <source>The value is kept in %1 under this name and is not shown again. Refer to it by its name under a pipeline&apos;s providers (apiKey: NAME).</source>
        <translation>Unter diesem Namen verwahrt %1 den Wert; er wird nicht wieder angezeigt. Unter den Providern einer Pipeline wird er über seinen Namen angegeben (apiKey: NAME).</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Name des Secrets</translation>
    </message>
    <message>
        <source>For example OPENAI_API_KEY</source>
        <translation>Zum Beispiel OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Wert des Secrets</translation>
    </message>
    <message>
        <source>The API key or password</source>
        <translation>Der API-Schlüssel oder das Passwort</translation>
    </message>
    <message>
        <source>Problem with the secret</source>
        <translation>Problem mit dem Secret</translation>
    </message>
    <message>
        <source>Replace the secret</source>
        <translation>Secret ersetzen</translation>
    </message>
    <message>
        <source>Add the secret</source>
        <translation>Secret hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The value is longer than %1 bytes.</source>
        <translation>Der Wert ist länger als %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretNameField</name>
    <message>
        <source>%1 looks like the credential itself, which never goes in this file: store it with &apos;conductor secrets set NAME&apos; and write that NAME here</source>
        <translation>%1 sieht nach dem Zugangsschlüssel selbst aus, der nie in diese Datei gehört: Speichern Sie ihn mit &apos;conductor secrets set NAME&apos; und schreiben Sie diesen NAME hierher</translation>
    </message>
    <message>
        <source>%1 names a secret (letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter, a digit or &apos;_&apos;); the credential itself never goes in this file: store it with &apos;conductor secrets set NAME&apos; and write that NAME here</source>
        <translation>%1 nennt ein Secret (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;, beginnend mit einem Buchstaben, einer Ziffer oder &apos;_&apos;); der Zugangsschlüssel selbst gehört nie in diese Datei: Speichern Sie ihn mit &apos;conductor secrets set NAME&apos; und schreiben Sie diesen NAME hierher</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretStore</name>
    <message>
        <source>&apos;%1&apos; is not a valid secret name: use 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, not starting with a dot</source>
        <translation>&apos;%1&apos; ist kein gültiger Secret-Name: Verwenden Sie 1 bis 128 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, nicht mit einem Punkt am Anfang</translation>
    </message>
</context>
<context>
    <name>Conductor::SecretsCommand</name>
    <message>
        <source>Value of %1 (not shown): </source>
        <translation>Wert von %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Keeps API keys in the system keychain. On a server without one, keys are read from systemd&apos;s credentials ($CREDENTIALS_DIRECTORY) or from a folder given with --secrets-dir that only its owner may read; both are read-only.

  secrets set NAME        (reads the value from stdin)
  secrets list
  secrets delete NAME</source>
        <translation>Verwahrt API-Schlüssel im Schlüsselbund des Systems. Auf einem Server ohne Schlüsselbund werden die Schlüssel aus den Credentials von systemd ($CREDENTIALS_DIRECTORY) oder aus einem mit --secrets-dir angegebenen Ordner gelesen, den nur sein Eigentümer lesen darf; beide sind schreibgeschützt.

  secrets set NAME        (liest den Wert von stdin)
  secrets list
  secrets delete NAME</translation>
    </message>
    <message>
        <source>Read secrets from the files in DIR (owner-only) instead of the keychain.</source>
        <translation>Secrets statt aus dem Schlüsselbund aus den Dateien in DIR lesen (nur für den Eigentümer zugänglich).</translation>
    </message>
    <message>
        <source>set, list or delete.</source>
        <translation>set, list oder delete.</translation>
    </message>
    <message>
        <source>secrets needs an action: set, list or delete</source>
        <translation>secrets braucht eine Aktion: set, list oder delete</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; one of set, list, delete</source>
        <translation>unbekannte Aktion &apos;%1&apos;; möglich sind set, list, delete</translation>
    </message>
    <message>
        <source>usage: conductor secrets %1</source>
        <translation>Aufruf: conductor secrets %1</translation>
    </message>
    <message>
        <source>--secrets-dir needs a folder</source>
        <translation>--secrets-dir braucht einen Ordner</translation>
    </message>
    <message>
        <source>no value for %1 on stdin; nothing was stored</source>
        <translation>kein Wert für %1 auf stdin; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the value for %1 is longer than %2 bytes; nothing was stored</source>
        <translation>der Wert für %1 ist länger als %2 Bytes; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 stored in %2</source>
        <translation>%1 gespeichert; %2 verwahrt es jetzt</translation>
    </message>
    <message>
        <source>%1 deleted from %2</source>
        <translation>%1 gelöscht; %2 enthält es nicht mehr</translation>
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
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Where the secrets are kept</source>
        <translation>Wo die Secrets gespeichert sind</translation>
    </message>
    <message>
        <source>Secret names</source>
        <translation>Namen der Secrets</translation>
    </message>
    <message>
        <source>No secrets</source>
        <translation>Keine Secrets</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>Secret hinzufügen</translation>
    </message>
    <message>
        <source>Replace the selected secret</source>
        <translation>Das ausgewählte Secret ersetzen</translation>
    </message>
    <message>
        <source>Delete the selected secret</source>
        <translation>Das ausgewählte Secret löschen</translation>
    </message>
    <message>
        <source>Waiting for the secrets</source>
        <translation>Warten auf die Secrets</translation>
    </message>
    <message>
        <source>What is awaited</source>
        <translation>Worauf gewartet wird</translation>
    </message>
    <message>
        <source>Secrets status</source>
        <translation>Status der Secrets</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Asking %1 for the names of the secrets…</source>
        <translation>Warten, bis %1 die Namen der Secrets liefert…</translation>
    </message>
    <message>
        <source>%1 holds no secrets.</source>
        <translation>%1 enthält keine Secrets.</translation>
    </message>
    <message>
        <source>The secrets cannot be listed: %1</source>
        <translation>Die Secrets können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Storing %1 in %2…</source>
        <translation>Warten, bis %2 das Secret %1 gespeichert hat…</translation>
    </message>
    <message>
        <source>The secret %1 was replaced.</source>
        <translation>Das Secret %1 wurde ersetzt.</translation>
    </message>
    <message>
        <source>The secret %1 was added.</source>
        <translation>Das Secret %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The secret %1 was not stored: %2</source>
        <translation>Das Secret %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Delete the secret %1</source>
        <translation>Secret %1 löschen</translation>
    </message>
    <message>
        <source>Delete the secret %1 from %2? Agents that use it will not find their key until it is added again.</source>
        <translation>Das Secret %1 löschen, das %2 verwahrt? Agenten, die es verwenden, finden ihren Schlüssel erst wieder, wenn es erneut hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleting %1 from %2…</source>
        <translation>Warten, bis %2 das Secret %1 gelöscht hat…</translation>
    </message>
    <message>
        <source>The secret %1 was deleted.</source>
        <translation>Das Secret %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The secret %1 was not deleted: %2</source>
        <translation>Das Secret %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>If the system asks you to unlock the keychain, do so to go on.</source>
        <translation>Wenn das System darum bittet, den Schlüsselbund zu entsperren, tun Sie das, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 holds no secrets yet.</source>
        <translation>%1 enthält noch keine Secrets.</translation>
    </message>
    <message>
        <source>API keys, webhook addresses and routing keys are kept in %1 and used by name (apiKey: NAME under a pipeline&apos;s providers; url or routingKey: NAME under monitoring.notifiers). Only their names are shown here.</source>
        <translation>API-Schlüssel, Webhook-Adressen und Routing-Schlüssel werden in %1 aufbewahrt und über ihren Namen verwendet (apiKey: NAME unter den Providern einer Pipeline; url oder routingKey: NAME unter monitoring.notifiers). Hier werden nur ihre Namen angezeigt.</translation>
    </message>
</context>
<context>
    <name>Conductor::Session</name>
    <message>
        <source>refused: execution %1 has ended, or another process runs it now; try again</source>
        <translation>verweigert: Die Ausführung %1 ist beendet oder wird jetzt von einem anderen Prozess ausgeführt; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>Conductor::SettingsPage</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>When a &amp;gate opens and waits for a decision</source>
        <translation>Wenn eine &amp;Freigabe ausgelöst wird und auf eine Entscheidung wartet</translation>
    </message>
    <message>
        <source>When the day&apos;s spending crosses the &amp;alert threshold</source>
        <translation>Wenn die Ausgaben des Tages die Ala&amp;rmschwelle überschreiten</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>The pipeline shipped with Conductor</source>
        <translation>Die mit Conductor mitgelieferte Pipeline</translation>
    </message>
    <message>
        <source>Default pipeline file</source>
        <translation>Standard-Pipeline-Datei</translation>
    </message>
    <message>
        <source>Choose the default pipeline file</source>
        <translation>Standard-Pipeline-Datei auswählen</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner auswählen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Notify when a gate opens</source>
        <translation>Benachrichtigen, wenn eine Freigabe ausgelöst wird</translation>
    </message>
    <message>
        <source>Notify on a budget alert</source>
        <translation>Bei einem Budgetalarm benachrichtigen</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Dateien und Ordner</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>Used from the next start of Conductor.</source>
        <translation>Gilt ab dem nächsten Start von Conductor.</translation>
    </message>
    <message>
        <source>Default &amp;pipeline:</source>
        <translation>Standard-&amp;Pipeline:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>Report bundles are written there, one folder per execution.</source>
        <translation>Berichtspakete werden dort abgelegt, ein Ordner je Ausführung.</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>D&amp;esign:</translation>
    </message>
    <message>
        <source>Notify me</source>
        <translation>Mich benachrichtigen</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>Problem with a setting</source>
        <translation>Problem mit einer Einstellung</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Datenbank auswählen</translation>
    </message>
    <message>
        <source>Conductor databases (*.db *.sqlite);;All files (*)</source>
        <translation>Conductor-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the default pipeline</source>
        <translation>Standard-Pipeline auswählen</translation>
    </message>
    <message>
        <source>Pipelines (*.yml *.yaml);;All files (*)</source>
        <translation>Pipelines (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is a folder; the database is a file in it.</source>
        <translation>%1 ist ein Ordner; die Datenbank ist eine Datei darin.</translation>
    </message>
    <message>
        <source>There is no pipeline file %1.</source>
        <translation>Es gibt keine Pipeline-Datei %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Restart Conductor to use the new settings of: %1.</source>
        <translation>Starten Sie Conductor neu, um die neuen Einstellungen zu übernehmen: %1.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>Ser&amp;ve the REST API</source>
        <translation>REST-API berei&amp;tstellen</translation>
    </message>
    <message>
        <source>Serve the REST API</source>
        <translation>REST-API bereitstellen</translation>
    </message>
    <message>
        <source>Address to serve the REST API on</source>
        <translation>Adresse, unter der die REST-API bereitgestellt wird</translation>
    </message>
    <message>
        <source>HOST:PORT, such as 127.0.0.1:8080 or [::1]:8080; port 0 picks a free one. Without TLS the desktop app serves loopback addresses only.</source>
        <translation>HOST:PORT, etwa 127.0.0.1:8080 oder [::1]:8080; Port 0 wählt einen freien. Ohne TLS stellt die Desktop-App nur auf Loopback-Adressen bereit.</translation>
    </message>
    <message>
        <source>REST API status</source>
        <translation>Zustand der REST-API</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Clients send a token with each request. Make one with: conductor token create --role viewer --subject NAME</source>
        <translation>Clients senden mit jeder Anfrage ein Token. Erstellen Sie eines mit: conductor token create --role viewer --subject NAME</translation>
    </message>
    <message>
        <source>“%1” is not an address to serve the REST API on: give HOST:PORT, such as 127.0.0.1:8080.</source>
        <translation>„%1“ ist keine Adresse für die REST-API: Geben Sie HOST:PORT an, etwa 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>When an alert &amp;rule fires</source>
        <translation>Wenn eine &amp;Alarmregel auslöst</translation>
    </message>
    <message>
        <source>Notify when an alert rule fires</source>
        <translation>Benachrichtigen, wenn eine Alarmregel auslöst</translation>
    </message>
</context>
<context>
    <name>Conductor::SimOverrides</name>
    <message>
        <source>expected KEY=VALUE, such as research.failureRate=0.5</source>
        <translation>KEY=VALUE erwartet, etwa research.failureRate=0.5</translation>
    </message>
    <message>
        <source>the key is missing; expected KEY=VALUE</source>
        <translation>der Schlüssel fehlt; KEY=VALUE erwartet</translation>
    </message>
    <message>
        <source>the value is missing; expected KEY=VALUE</source>
        <translation>der Wert fehlt; KEY=VALUE erwartet</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; expected timeScale, seed or STAGE.FIELD</source>
        <translation>unbekannte Einstellung &apos;%1&apos;; erwartet wird timeScale, seed oder STAGE.FIELD</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Einstellung &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; the fields are %2</source>
        <translation>unbekanntes Feld &apos;%1&apos;; die Felder sind %2</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekanntes Feld &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2; --sim changes stages and agents</source>
        <translation>&apos;%1&apos; ist %2; --sim ändert Stufen und Agenten</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>ein Prüfpunkt</translation>
    </message>
    <message>
        <source>group</source>
        <translation>eine Gruppe</translation>
    </message>
    <message>
        <source>unknown stage or agent &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ist weder eine Stufe noch ein Agent</translation>
    </message>
    <message>
        <source>unknown stage or agent &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist weder eine Stufe noch ein Agent; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>timeScale must be a number from 0 to %1, not &apos;%2&apos;</source>
        <translation>timeScale muss eine Zahl von 0 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>seed muss eine ganze Zahl von 0 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>duration must be at most %1</source>
        <translation>duration darf höchstens %1 betragen</translation>
    </message>
    <message>
        <source>tokens must be a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>tokens muss eine ganze Zahl von 0 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in USD such as 0.25 (at most six decimals)</source>
        <translation>&apos;%1&apos; ist kein Betrag in USD wie 0.25 (höchstens sechs Nachkommastellen)</translation>
    </message>
    <message>
        <source>failureRate must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>failureRate muss eine Zahl von 0 bis 1 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown error class &apos;%1&apos;; known classes: %2</source>
        <translation>unbekannte Fehlerklasse &apos;%1&apos;; bekannte Klassen: %2</translation>
    </message>
    <message>
        <source>unknown error class &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Fehlerklasse &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>verdict must be pass, flag or fail, not &apos;%1&apos;</source>
        <translation>verdict muss pass, flag oder fail sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; gives no verdict, so only &apos;pass&apos; fits, not &apos;%2&apos;</source>
        <translation>Stufe &apos;%1&apos; gibt keine Bewertung ab, daher passt nur &apos;pass&apos;, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; gives pass or flag, not &apos;%2&apos;</source>
        <translation>Stufe &apos;%1&apos; gibt pass oder flag ab, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; gives pass or fail, not &apos;%2&apos;</source>
        <translation>Stufe &apos;%1&apos; gibt pass oder fail ab, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>agent &apos;%1&apos; runs stage &apos;%2&apos;: %3</source>
        <translation>Agent &apos;%1&apos; führt Stufe &apos;%2&apos; aus: %3</translation>
    </message>
    <message>
        <source>no stage of pipeline &apos;%1&apos; can give the verdict &apos;%2&apos;</source>
        <translation>keine Stufe der Pipeline &apos;%1&apos; kann die Bewertung &apos;%2&apos; abgeben</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos; runs the unknown agent &apos;%2&apos;</source>
        <translation>Stufe &apos;%1&apos; verwendet den unbekannten Agenten &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Conductor::SimulatedAgent</name>
    <message>
        <source>the model did not answer within its deadline</source>
        <translation>das Modell hat nicht innerhalb seiner Frist geantwortet</translation>
    </message>
    <message>
        <source>the stream stalled after the first tokens</source>
        <translation>der Stream blieb nach den ersten Token stehen</translation>
    </message>
    <message>
        <source>the gateway timed out (504)</source>
        <translation>Zeitüberschreitung am Gateway (504)</translation>
    </message>
    <message>
        <source>rate limit reached (429), retry after 20s</source>
        <translation>Ratenlimit erreicht (429), Wiederholung nach 20s</translation>
    </message>
    <message>
        <source>the tokens-per-minute quota is used up</source>
        <translation>das Kontingent an Token pro Minute ist aufgebraucht</translation>
    </message>
    <message>
        <source>too many concurrent requests (429)</source>
        <translation>zu viele gleichzeitige Anfragen (429)</translation>
    </message>
    <message>
        <source>upstream returned 503</source>
        <translation>der Upstream-Dienst antwortete mit 503</translation>
    </message>
    <message>
        <source>connection reset by peer</source>
        <translation>Verbindung von der Gegenstelle zurückgesetzt</translation>
    </message>
    <message>
        <source>the model server is overloaded (502)</source>
        <translation>der Modellserver ist überlastet (502)</translation>
    </message>
    <message>
        <source>the worker was restarted mid-answer</source>
        <translation>der Worker wurde mitten in der Antwort neu gestartet</translation>
    </message>
    <message>
        <source>the connection closed before the answer ended</source>
        <translation>die Verbindung wurde vor dem Ende der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the worker was stopped</source>
        <translation>der Worker wurde gestoppt</translation>
    </message>
    <message>
        <source>the prompt exceeds the model&apos;s context window</source>
        <translation>der Prompt überschreitet das Kontextfenster des Modells</translation>
    </message>
    <message>
        <source>the request was rejected as malformed (400)</source>
        <translation>die Anfrage wurde als fehlerhaft abgewiesen (400)</translation>
    </message>
    <message>
        <source>the model name is unknown to the provider</source>
        <translation>der Modellname ist dem Anbieter unbekannt</translation>
    </message>
    <message>
        <source>the answer lacks the required sections</source>
        <translation>der Antwort fehlen die erforderlichen Abschnitte</translation>
    </message>
    <message>
        <source>the answer ended without a verdict line</source>
        <translation>die Antwort endete ohne Bewertungszeile</translation>
    </message>
    <message>
        <source>the answer was cut off mid-sentence</source>
        <translation>die Antwort brach mitten im Satz ab</translation>
    </message>
    <message>
        <source>the API key was rejected (401)</source>
        <translation>der API-Schlüssel wurde abgewiesen (401)</translation>
    </message>
    <message>
        <source>the API key has expired</source>
        <translation>der API-Schlüssel ist abgelaufen</translation>
    </message>
    <message>
        <source>the account may not use this model (403)</source>
        <translation>das Konto darf dieses Modell nicht verwenden (403)</translation>
    </message>
    <message>
        <source>the agent crashed while writing its output</source>
        <translation>der Agent ist beim Schreiben seiner Ausgabe abgestürzt</translation>
    </message>
    <message>
        <source>the agent exited with status 1</source>
        <translation>der Agent wurde mit Status 1 beendet</translation>
    </message>
    <message>
        <source>the agent ran out of memory</source>
        <translation>dem Agenten ging der Speicher aus</translation>
    </message>
    <message>
        <source>the provider&apos;s spending cap was reached</source>
        <translation>die Ausgabengrenze des Anbieters wurde erreicht</translation>
    </message>
    <message>
        <source>the account has no credit left</source>
        <translation>das Konto hat kein Guthaben mehr</translation>
    </message>
    <message>
        <source>the monthly budget of the key is spent</source>
        <translation>das Monatsbudget des Schlüssels ist aufgebraucht</translation>
    </message>
    <message>
        <source>simulated TIMEOUT: no answer within %1 (the run needs %2)</source>
        <translation>simuliertes TIMEOUT: keine Antwort innerhalb von %1 (der Lauf braucht %2)</translation>
    </message>
    <message>
        <source>the call failed</source>
        <translation>der Aufruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>simulated %1: %2</source>
        <translation>simuliert %1: %2</translation>
    </message>
    <message>
        <source>simulated publishing: the request names no bundle folder</source>
        <translation>simulierte Veröffentlichung: Die Anfrage nennt keinen Paketordner</translation>
    </message>
    <message>
        <source>simulated publishing failed: %1</source>
        <translation>simulierte Veröffentlichung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the bundle folder %1 does not exist</source>
        <translation>der Paketordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
</context>
<context>
    <name>Conductor::StoreReader</name>
    <message>
        <source>refused: no execution %1</source>
        <translation>verweigert: keine Ausführung %1</translation>
    </message>
    <message>
        <source>the command could not be recorded: %1</source>
        <translation>der Befehl konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the process running %1 stopped before it answered; the command waits for whoever takes the execution over</source>
        <translation>der Prozess, der %1 ausführt, endete vor seiner Antwort; der Befehl wartet auf den, der die Ausführung übernimmt</translation>
    </message>
    <message>
        <source>the process running %1 did not answer within 30 s; the command stays queued for it</source>
        <translation>der Prozess, der %1 ausführt, hat nicht innerhalb von 30 s geantwortet; der Befehl bleibt für ihn in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 is not a user of this database</source>
        <translation>%1 ist kein Benutzer dieser Datenbank</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exported to %1 (entries: %2).</source>
        <translation>Nach %1 exportiert (Einträge: %2).</translation>
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
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>In der Warteschlange: %1</translation>
    </message>
    <message>
        <source>#%1 ▸</source>
        <translation>#%1 ▸</translation>
    </message>
    <message>
        <source>%1 — attempt #%2 (%3)</source>
        <translation>%1 — Versuch #%2 (%3)</translation>
    </message>
    <message>
        <source>#%1 ✓</source>
        <translation>#%1 ✓</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>#%1 ✗ %2</source>
        <translation>#%1 ✗ %2</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>#%1 ⊘ interrupted</source>
        <translation>#%1 ⊘ unterbrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>wait #%1</source>
        <translation>wartet #%1</translation>
    </message>
    <message>
        <source>%1 — waiting %2 before attempt #%3</source>
        <translation>%1 — wartet %2 vor Versuch #%3</translation>
    </message>
    <message>
        <source>⌛ waiting</source>
        <translation>⌛ wartet</translation>
    </message>
    <message>
        <source>Gate %1 — %2</source>
        <translation>Freigabe %1 — %2</translation>
    </message>
    <message>
        <source>✓ approved</source>
        <translation>✓ genehmigt</translation>
    </message>
    <message>
        <source>✗ rejected</source>
        <translation>✗ abgelehnt</translation>
    </message>
    <message>
        <source>⌛ %1</source>
        <translation>⌛ %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Eskaliert an %1</translation>
    </message>
    <message>
        <source>❚❚ paused</source>
        <translation>❚❚ angehalten</translation>
    </message>
    <message>
        <source>Paused by %1: %2</source>
        <translation>Angehalten von %1: %2</translation>
    </message>
    <message>
        <source>%1 ⊘</source>
        <translation>%1 ⊘</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::TimelineView</name>
    <message>
        <source>Timeline of the execution</source>
        <translation>Zeitleiste der Ausführung</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Bisher ist nichts geschehen.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>Still open at %1</source>
        <translation>Noch offen (Stand %1)</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::TokenCommand</name>
    <message>
        <source>a role is one of viewer, operator, approver, admin, not &apos;%1&apos;</source>
        <translation>eine Rolle ist viewer, operator, approver oder admin, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--subject needs a name of 1 to %1 characters</source>
        <translation>--subject braucht einen Namen aus 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>--subject may not hold control characters</source>
        <translation>--subject darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>--ttl: %1</source>
        <translation>--ttl: %1</translation>
    </message>
    <message>
        <source>--ttl is between 1s and 366d, not %1</source>
        <translation>--ttl liegt zwischen 1s und 366d, nicht bei %1</translation>
    </message>
    <message>
        <source>create API tokens</source>
        <translation>API-Tokens erstellen</translation>
    </message>
    <message>
        <source>Cannot sign the token.</source>
        <translation>Das Token kann nicht signiert werden.</translation>
    </message>
    <message>
        <source>token %1 for %2 as %3, expires %4</source>
        <translation>Token %1 für %2 als %3, läuft ab am %4</translation>
    </message>
    <message>
        <source>revoke API tokens</source>
        <translation>API-Tokens widerrufen</translation>
    </message>
    <message>
        <source>revoked token %1</source>
        <translation>Token %1 widerrufen</translation>
    </message>
    <message>
        <source>list API tokens</source>
        <translation>API-Tokens auflisten</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>widerrufen am %1 von %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>%1  %2  %3  issued %4  expires %5  %6</source>
        <translation>%1  %2  %3  ausgestellt %4  läuft ab %5  %6</translation>
    </message>
    <message>
        <source>Manages the tokens that authenticate calls to the REST API (admins only). A token is printed once, when it is made, and never stored.

  token create --role ROLE --subject NAME [--ttl 8h]
  token list [--json]
  token revoke JTI</source>
        <translation>Verwaltet die Tokens, mit denen sich Aufrufe der REST-API ausweisen (nur für Administratoren). Ein Token wird einmal ausgegeben, wenn es erstellt wird, und nie gespeichert.

  token create --role ROLE --subject NAME [--ttl 8h]
  token list [--json]
  token revoke JTI</translation>
    </message>
    <message>
        <source>The role the token grants: viewer, operator, approver or admin.</source>
        <translation>Die Rolle, die das Token gewährt: viewer, operator, approver oder admin.</translation>
    </message>
    <message>
        <source>Who or what holds the token.</source>
        <translation>Wer oder was das Token hält.</translation>
    </message>
    <message>
        <source>How long the token is good for, at most 366d.</source>
        <translation>Wie lange das Token gilt, höchstens 366d.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read the signing key from this owner-only folder instead of the keychain.</source>
        <translation>Den Signierschlüssel aus diesem nur für den Besitzer lesbaren Ordner statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>create, list or revoke.</source>
        <translation>create, list oder revoke.</translation>
    </message>
    <message>
        <source>token needs an action: create, list or revoke</source>
        <translation>token braucht eine Aktion: create, list oder revoke</translation>
    </message>
    <message>
        <source>--secrets-dir needs a folder</source>
        <translation>--secrets-dir braucht einen Ordner</translation>
    </message>
    <message>
        <source>usage: conductor token create --role ROLE --subject NAME [--ttl 8h]</source>
        <translation>Aufruf: conductor token create --role ROLE --subject NAME [--ttl 8h]</translation>
    </message>
    <message>
        <source>usage: conductor token revoke JTI</source>
        <translation>Aufruf: conductor token revoke JTI</translation>
    </message>
    <message>
        <source>usage: conductor token list [--json]</source>
        <translation>Aufruf: conductor token list [--json]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; one of create, list, revoke</source>
        <translation>unbekannte Aktion &apos;%1&apos;; eine von create, list, revoke</translation>
    </message>
</context>
<context>
    <name>Conductor::TokenRows</name>
    <message>
        <source>a token with id %1 exists already</source>
        <translation>ein Token mit der ID %1 gibt es bereits</translation>
    </message>
    <message>
        <source>Cannot record the token: %1</source>
        <translation>Das Token kann nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Cannot revoke token %1: %2</source>
        <translation>Token %1 kann nicht widerrufen werden: %2</translation>
    </message>
    <message>
        <source>token %1 was revoked already</source>
        <translation>Token %1 wurde bereits widerrufen</translation>
    </message>
    <message>
        <source>no token %1</source>
        <translation>kein Token %1</translation>
    </message>
    <message>
        <source>Cannot revoke token %1</source>
        <translation>Token %1 kann nicht widerrufen werden</translation>
    </message>
    <message>
        <source>Cannot read the tokens: %1</source>
        <translation>Die Tokens können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Conductor::UsageChart</name>
    <message>
        <source>Tokens used that day</source>
        <translation>An diesem Tag verbrauchte Token</translation>
    </message>
    <message>
        <source>Dollars used that day</source>
        <translation>An diesem Tag verbrauchte Dollar</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Nothing was used in this window.</source>
        <translation>In diesem Zeitraum wurde nichts verbraucht.</translation>
    </message>
    <message>
        <source>Tokens and dollars used per budget day</source>
        <translation>Verbrauchte Token und Dollar je Budgettag</translation>
    </message>
    <message>
        <source>Daily budget: %1 tokens · %2</source>
        <translation>Tagesbudget: %1 Token · %2</translation>
    </message>
    <message>
        <source>Daily budget: %1 tokens</source>
        <translation>Tagesbudget: %1 Token</translation>
    </message>
    <message>
        <source>Daily budget: %1</source>
        <translation>Tagesbudget: %1</translation>
    </message>
    <message>
        <source>Alert threshold: %1</source>
        <translation>Alarmschwelle: %1</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 tokens and %4 used</source>
        <translation>Von %1 bis %2: %3 Token und %4 verbraucht</translation>
    </message>
    <message>
        <source>%1
Dollars used that day: %2
Tokens: %3</source>
        <translation>%1
An diesem Tag verbrauchte Dollar: %2
Token: %3</translation>
    </message>
    <message>
        <source>%1
Tokens used that day: %2
Dollars: %3</source>
        <translation>%1
An diesem Tag verbrauchte Token: %2
Dollar: %3</translation>
    </message>
</context>
<context>
    <name>Conductor::UserStore</name>
    <message>
        <source>Cannot read the users: %1</source>
        <translation>Die Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid user name (letters, digits and . _ @ -, at most 64)</source>
        <translation>&apos;%1&apos; ist kein gültiger Benutzername (Buchstaben, Ziffern und . _ @ -, höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>user %1 exists already</source>
        <translation>Benutzer %1 existiert bereits</translation>
    </message>
    <message>
        <source>Cannot add user %1: %2</source>
        <translation>Benutzer %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot change the role of %1: %2</source>
        <translation>Die Rolle von %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>kein Benutzer %1</translation>
    </message>
    <message>
        <source>Cannot store the second factor of %1: %2</source>
        <translation>Der zweite Faktor von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot unlock %1: %2</source>
        <translation>%1 kann nicht entsperrt werden: %2</translation>
    </message>
    <message>
        <source>code accepted</source>
        <translation>Code akzeptiert</translation>
    </message>
    <message>
        <source>wrong code for %1 (%2 wrong codes in a row lock it for %3 minutes)</source>
        <translation>falscher Code für %1 (nach %2 falschen Codes in Folge wird der zweite Faktor für %3 Minuten gesperrt)</translation>
    </message>
    <message>
        <source>this code of %1 was used already; wait for the next one</source>
        <translation>dieser Code von %1 wurde bereits verwendet; warten Sie auf den nächsten</translation>
    </message>
    <message>
        <source>the second factor of %1 is locked after %2 wrong codes; wait, or ask an admin: conductor users unlock %1</source>
        <translation>der zweite Faktor von %1 ist nach %2 falschen Codes gesperrt; warten Sie oder bitten Sie einen Admin: conductor users unlock %1</translation>
    </message>
    <message>
        <source>%1 has no second factor; enroll one: conductor users enroll-totp %1</source>
        <translation>%1 hat keinen zweiten Faktor; richten Sie einen ein: conductor users enroll-totp %1</translation>
    </message>
    <message>
        <source>%1 is not a Conductor user</source>
        <translation>%1 ist kein Conductor-Benutzer</translation>
    </message>
    <message>
        <source>the code could not be checked</source>
        <translation>der Code konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>Conductor::UsersCommand</name>
    <message>
        <source>a role is one of %1, not &apos;%2&apos;</source>
        <translation>eine Rolle ist einer der Werte %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Manages the people who may act on this database and their roles (%1).

  users list
  users add NAME --role ROLE          (admin)
  users set-role NAME ROLE            (admin)
  users enroll-totp NAME              (NAME themselves, or an admin)
  users unlock NAME                   (admin; after 5 wrong codes)</source>
        <translation>Verwaltet die Personen, die mit dieser Datenbank arbeiten dürfen, und ihre Rollen (%1).

  users list
  users add NAME --role ROLE          (admin)
  users set-role NAME ROLE            (admin)
  users enroll-totp NAME              (NAME selbst oder ein admin)
  users unlock NAME                   (admin; nach 5 falschen Codes)</translation>
    </message>
    <message>
        <source>The new user&apos;s role.</source>
        <translation>Die Rolle des neuen Benutzers.</translation>
    </message>
    <message>
        <source>SHA1 (default), SHA256 or SHA512.</source>
        <translation>SHA1 (Standard), SHA256 oder SHA512.</translation>
    </message>
    <message>
        <source>Do not draw the QR code on the terminal.</source>
        <translation>Den QR-Code nicht im Terminal anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>list, add, set-role, enroll-totp or unlock.</source>
        <translation>list, add, set-role, enroll-totp oder unlock.</translation>
    </message>
    <message>
        <source>users needs an action: list, add, set-role, enroll-totp or unlock</source>
        <translation>users braucht eine Aktion: list, add, set-role, enroll-totp oder unlock</translation>
    </message>
    <message>
        <source>usage: conductor users %1</source>
        <translation>Aufruf: conductor users %1</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>Benutzer aufzulisten</translation>
    </message>
    <message>
        <source>%1  %2  %3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>TOTP enrolled</source>
        <translation>TOTP eingerichtet</translation>
    </message>
    <message>
        <source>no TOTP</source>
        <translation>kein TOTP</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, gesperrt</translation>
    </message>
    <message>
        <source>users add needs --role ROLE (%1)</source>
        <translation>users add braucht --role ROLE (%1)</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>Benutzer hinzuzufügen</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>Rollen zu ändern</translation>
    </message>
    <message>
        <source>an admin cannot lower their own role; another admin can</source>
        <translation>ein Admin kann seine eigene Rolle nicht herabsetzen; das kann nur ein anderer Admin</translation>
    </message>
    <message>
        <source>added %1 as %2</source>
        <translation>%1 als %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 hat jetzt die Rolle %2</translation>
    </message>
    <message>
        <source>--algorithm is SHA1, SHA256 or SHA512, not &apos;%1&apos;</source>
        <translation>--algorithm ist SHA1, SHA256 oder SHA512, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>enroll a second factor for %1</source>
        <translation>einen zweiten Faktor für %1 einzurichten</translation>
    </message>
    <message>
        <source>Second factor for %1. Scan the code with an authenticator app, or enter the secret by hand. Any earlier one no longer works.</source>
        <translation>Zweiter Faktor für %1. Scannen Sie den Code mit einer Authenticator-App oder geben Sie das Geheimnis von Hand ein. Ein früher eingerichteter zweiter Faktor funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>secret: %1</source>
        <translation>Geheimnis: %1</translation>
    </message>
    <message>
        <source>uri:    %1</source>
        <translation>URI:       %1</translation>
    </message>
    <message>
        <source>unlock a second factor</source>
        <translation>einen zweiten Faktor zu entsperren</translation>
    </message>
    <message>
        <source>%1 may give codes again</source>
        <translation>%1 darf wieder Codes eingeben</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; one of list, add, set-role, enroll-totp, unlock</source>
        <translation>unbekannte Aktion &apos;%1&apos;; möglich sind list, add, set-role, enroll-totp, unlock</translation>
    </message>
</context>
<context>
    <name>Conductor::ValidateCommand</name>
    <message>
        <source>Checks configuration and pipeline files and reports every problem as FILE:LINE:COLUMN: message.</source>
        <translation>Prüft Konfigurations- und Pipeline-Dateien und meldet jedes Problem als FILE:LINE:COLUMN: Meldung.</translation>
    </message>
    <message>
        <source>Print nothing for valid files.</source>
        <translation>Für gültige Dateien nichts ausgeben.</translation>
    </message>
    <message>
        <source>Configuration or pipeline files.</source>
        <translation>Konfigurations- oder Pipeline-Dateien.</translation>
    </message>
    <message>
        <source>validate needs at least one file</source>
        <translation>validate braucht mindestens eine Datei</translation>
    </message>
    <message>
        <source>%1: valid pipeline</source>
        <translation>%1: gültige Pipeline</translation>
    </message>
    <message>
        <source>%1: valid configuration</source>
        <translation>%1: gültige Konfiguration</translation>
    </message>
</context>
<context>
    <name>Conductor::WebhookNotifier</name>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst am</translation>
    </message>
    <message>
        <source>Conductor alert %1</source>
        <translation>Conductor-Alarm %1</translation>
    </message>
    <message>
        <source>[%1] %2 (%3): %4</source>
        <translation>[%1] %2 (%3): %4</translation>
    </message>
    <message>
        <source>the secret %1 does not hold a webhook URL</source>
        <translation>das Secret %1 enthält keine Webhook-URL</translation>
    </message>
    <message>
        <source>the webhook URL in the secret %1 must use https</source>
        <translation>die Webhook-URL im Secret %1 muss https verwenden</translation>
    </message>
    <message>
        <source>the webhook answered %1</source>
        <translation>der Webhook antwortete %1</translation>
    </message>
    <message>
        <source>the webhook answered %1: %2</source>
        <translation>der Webhook antwortete %1: %2</translation>
    </message>
</context>
<context>
    <name>Conductor::WelcomePanel</name>
    <message>
        <source>Welcome to Conductor</source>
        <translation>Willkommen bei Conductor</translation>
    </message>
    <message>
        <source>Start a &amp;demo run</source>
        <translation>&amp;Demo-Lauf starten</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Neue Pipeline …</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Conductor runs an idea through a pipeline of AI agents — research, feasibility, risk, design, scaffolding and deployment checks — keeps its tokens and dollars within budgets, and asks you to approve its quality gates.</source>
        <translation>Conductor führt eine Idee durch eine Pipeline von KI-Agenten – Recherche, Machbarkeit, Risiko, Design, Gerüst und Prüfungen vor dem Deployment –, hält ihre Tokens und Dollar in den Budgets und bittet Sie, ihre Qualitätsfreigaben zu genehmigen.</translation>
    </message>
    <message>
        <source>What Conductor does</source>
        <translation>Was Conductor tut</translation>
    </message>
    <message>
        <source>What Conductor runs on</source>
        <translation>Womit Conductor läuft</translation>
    </message>
    <message>
        <source>Start a demo run</source>
        <translation>Demo-Lauf starten</translation>
    </message>
    <message>
        <source>Starts the shipped I2S pipeline on a sample idea; its first gate waits for your decision</source>
        <translation>Startet die mitgelieferte I2S-Pipeline mit einer Beispielidee; ihre erste Freigabe wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>Starts a pipeline on an idea of your own</source>
        <translation>Startet eine Pipeline mit einer eigenen Idee</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Make it your own</source>
        <translation>Conductor anpassen</translation>
    </message>
    <message>
        <source>It runs on the shipped configuration.</source>
        <translation>Conductor läuft mit der mitgelieferten Konfiguration.</translation>
    </message>
    <message>
        <source>It runs on your configuration, %1.</source>
        <translation>Conductor läuft mit Ihrer Konfiguration, %1.</translation>
    </message>
    <message>
        <source>A demo run takes the shipped I2S pipeline, whose agents are simulated: no API keys are needed and no real money is spent (its simulated costs count in today&apos;s budget).</source>
        <translation>Ein Demo-Lauf nimmt die mitgelieferte I2S-Pipeline, deren Agenten simuliert sind: Es werden keine API-Schlüssel gebraucht und kein echtes Geld ausgegeben (die simulierten Kosten zählen im heutigen Budget).</translation>
    </message>
    <message>
        <source>Executions started with &lt;tt&gt;conductor run&lt;/tt&gt; show here.</source>
        <translation>Mit &lt;tt&gt;conductor run&lt;/tt&gt; gestartete Ausführungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Starting the demo run…</source>
        <translation>Demo-Lauf wird gestartet …</translation>
    </message>
    <message>
        <source>Make it your own — your agents, budgets and gates — in the &lt;a href=&quot;#configuration&quot;&gt;Configuration&lt;/a&gt; view.</source>
        <translation>Passen Sie Conductor an – Ihre Agenten, Budgets und Freigaben – in der Ansicht &lt;a href=&quot;#configuration&quot;&gt;Konfiguration&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Conductor::YamlLoader</name>
    <message>
        <source>unexpected &apos;,&apos;; commas separate items only inside [ ] or { }</source>
        <translation>unerwartetes &apos;,&apos;; Kommas trennen Einträge nur innerhalb von [ ] oder { }</translation>
    </message>
    <message>
        <source>a second YAML document starts here; a file holds one document</source>
        <translation>hier beginnt ein zweites YAML-Dokument; eine Datei enthält nur ein Dokument</translation>
    </message>
    <message>
        <source>text after the end of the document (&apos;...&apos;); a file holds one document</source>
        <translation>Text nach dem Ende des Dokuments (&apos;...&apos;); eine Datei enthält nur ein Dokument</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB; configuration files are small, so this is not one</source>
        <translation>die Datei ist größer als %1 KiB; Konfigurationsdateien sind klein, dies ist also keine</translation>
    </message>
    <message>
        <source>the file is %1 text; YAML files must be UTF-8, so save it as UTF-8</source>
        <translation>die Datei ist als %1 kodiert; YAML-Dateien müssen UTF-8 sein, speichern Sie sie also als UTF-8</translation>
    </message>
    <message>
        <source>not a text file: YAML files must be UTF-8 text</source>
        <translation>keine Textdatei: YAML-Dateien müssen UTF-8-Text sein</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>die Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>more than %1 aliases (*name); a configuration needs far fewer</source>
        <translation>mehr als %1 Aliase (*name); eine Konfiguration braucht weit weniger</translation>
    </message>
    <message>
        <source>more than %1 values; a configuration needs far fewer</source>
        <translation>mehr als %1 Werte; eine Konfiguration braucht weit weniger</translation>
    </message>
    <message>
        <source>a tab indents this line; YAML indents with spaces only</source>
        <translation>diese Zeile ist mit einem Tabulator eingerückt; YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>this quoted text is never closed</source>
        <translation>dieser Text in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>this %1 is never closed; add the closing %2</source>
        <translation>dieses %1 wird nie geschlossen; ergänzen Sie das schließende %2</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation>die Datei kann nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values, but the document holds no value</source>
        <translation>eine Zuordnung von Schlüsseln zu Werten erwartet, aber das Dokument enthält keinen Wert</translation>
    </message>
    <message>
        <source>an alias inside this value refers back to it, so it would never end</source>
        <translation>ein Alias in diesem Wert verweist auf den Wert selbst zurück, er würde also nie enden</translation>
    </message>
    <message>
        <source>the aliases (*name) expand the document to more than %1 values</source>
        <translation>die Aliase (*name) erweitern das Dokument auf mehr als %1 Werte</translation>
    </message>
</context>
<context>
    <name>Conductor::YamlReader</name>
    <message>
        <source>the document expands to more than %1 nodes (through aliases?); it is not read further</source>
        <translation>das Dokument wächst auf mehr als %1 Knoten an (durch Aliase?); es wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>tags such as %1 are not supported; write the plain value</source>
        <translation>Tags wie %1 werden nicht unterstützt; schreiben Sie den einfachen Wert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>auf oberster Ebene</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are not supported; repeat the values or use an alias</source>
        <translation>Merge-Schlüssel (&lt;&lt;) werden nicht unterstützt; wiederholen Sie die Werte oder verwenden Sie einen Alias</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; %2; did you mean &apos;%3&apos;?</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; %2; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; %2; expected one of: %3</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; %2; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>expected a mapping of keys to values, got %1</source>
        <translation>das Dokument muss eine Zuordnung von Schlüsseln zu Werten sein, ist aber %1</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values, got %2</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein, ist aber %2</translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation>Schlüssel müssen einfache Namen sein; dieser ist %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined on line %2)</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 must be a list, got %2</source>
        <translation>%1 muss eine Liste sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must be %2, got %3</source>
        <translation>%1 muss %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1 must be %2, not the quoted text %3; remove the quotes</source>
        <translation>%1 muss %2 sein, nicht der Text %3 in Anführungszeichen; entfernen Sie die Anführungszeichen</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 muss eine ganze Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must not be negative, got %2</source>
        <translation>%1 darf nicht negativ sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, ist aber %4</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 muss eine Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>an amount in US dollars</source>
        <translation>ein Betrag in US-Dollar</translation>
    </message>
    <message>
        <source>%1 must be an amount in US dollars with at most six decimals, such as 50 or 12.50, got %2</source>
        <translation>%1 muss ein Betrag in US-Dollar mit höchstens sechs Nachkommastellen sein, etwa 50 oder 12.50, ist aber %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 muss true oder false sein, ist aber %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>%1 must be a name of letters, digits, &apos;_&apos; and &apos;-&apos; that starts with a letter (at most 64 characters), got %2</source>
        <translation>%1 muss ein Name aus Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; sein, der mit einem Buchstaben beginnt (höchstens 64 Zeichen), ist aber %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 muss einer der Werte %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3; did you mean &apos;%4&apos;?</source>
        <translation>%1 muss einer der Werte %2 sein, ist aber %3; meinten Sie &apos;%4&apos;?</translation>
    </message>
    <message>
        <source>a duration such as 30s or 5m</source>
        <translation>eine Dauer wie 30s oder 5m</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lists &apos;%2&apos; twice</source>
        <translation>%1 führt &apos;%2&apos; doppelt auf</translation>
    </message>
</context>
<context>
    <name>Conductor::YamlValueEdit</name>
    <message>
        <source>%1 is a mapping, not a single value</source>
        <translation>%1 ist eine Zuordnung, kein einzelner Wert</translation>
    </message>
    <message>
        <source>%1 is a list, not a single value</source>
        <translation>%1 ist eine Liste, kein einzelner Wert</translation>
    </message>
    <message>
        <source>%1 has no value to change; edit it in the text</source>
        <translation>%1 hat keinen Wert, der sich hier ändern lässt; bearbeiten Sie dies im Text</translation>
    </message>
    <message>
        <source>%1 is written in a way this editor does not change; edit it in the text</source>
        <translation>%1 ist in einer Form geschrieben, die dieser Editor nicht ändert; bearbeiten Sie dies im Text</translation>
    </message>
    <message>
        <source>%1 is an alias of another value; change the value it refers to</source>
        <translation>%1 ist ein Alias eines anderen Werts; ändern Sie den Wert, auf den er verweist</translation>
    </message>
    <message>
        <source>%1 is a block of text (| or &gt;); edit it in the text</source>
        <translation>%1 ist ein Textblock (| oder &gt;); bearbeiten Sie dies im Text</translation>
    </message>
    <message>
        <source>%1: its closing quote is missing</source>
        <translation>%1: das schließende Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>%1 spans several lines; edit it in the text</source>
        <translation>%1 erstreckt sich über mehrere Zeilen; bearbeiten Sie dies im Text</translation>
    </message>
    <message>
        <source>changing %1 here would change more than that value; edit it in the text</source>
        <translation>eine Änderung von %1 hier würde mehr als diesen Wert ändern; bearbeiten Sie dies im Text</translation>
    </message>
    <message>
        <source>the document cannot be read</source>
        <translation>das Dokument kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the document cannot be read: %1</source>
        <translation>das Dokument kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a value</source>
        <translation>&apos;%1&apos; bezeichnet keinen Wert</translation>
    </message>
    <message>
        <source>%1 is not in the document</source>
        <translation>%1 ist nicht im Dokument enthalten</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2 is not a mapping written as indented lines</source>
        <translation>%1 kann nicht hinzugefügt werden: %2 ist keine Zuordnung in eingerückten Zeilen</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>%1 cannot be added: %2 is written as null</source>
        <translation>%1 kann nicht hinzugefügt werden: %2 ist als null geschrieben</translation>
    </message>
    <message>
        <source>%1 is not a list this editor can add to</source>
        <translation>%1 ist keine Liste, die dieser Editor erweitern kann</translation>
    </message>
    <message>
        <source>%1 cannot be removed here; edit it in the text</source>
        <translation>%1 kann hier nicht entfernt werden; bearbeiten Sie dies im Text</translation>
    </message>
</context>
</TS>
