<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/charts.py" line="25"/>
        <source>janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc.</source>
        <translation>Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec</translation>
    </message>
</context>
<context>
    <name>ClassLegend</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="28"/>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="29"/>
        <source>Bon</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="30"/>
        <source>Moyen</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="49"/>
        <source>Potentiel PV (irradiation annuelle du plan)</source>
        <translation>PV potential (annual in-plane irradiation)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="68"/>
        <source>Sans classe</source>
        <translation>No class</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="31"/>
        <source>Défavorable</source>
        <translation>Unfavourable</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="37"/>
        <source>kWh/m²/an</source>
        <translation>kWh/m²/yr</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="48"/>
        <source>Toitures (non évaluées)</source>
        <translation>Roofs (not evaluated)</translation>
    </message>
</context>
<context>
    <name>ColumnLabels</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="17"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="18"/>
        <source>Pans</source>
        <translation>Facets</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="19"/>
        <source>Bâtiments</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="20"/>
        <source>Production PV (MWh/an)</source>
        <translation>PV production (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="21"/>
        <source>Production thermique (MWh/an)</source>
        <translation>Thermal production (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="24"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="25"/>
        <source>Bâtiment</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="26"/>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="27"/>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="28"/>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="29"/>
        <source>SIREN de l&apos;EPCI</source>
        <translation>EPCI SIREN</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="30"/>
        <source>Usage</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="31"/>
        <source>Surface (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="32"/>
        <source>Pente (°)</source>
        <translation>Tilt (°)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="33"/>
        <source>Azimut (°, 180 = sud)</source>
        <translation>Azimuth (°, 180 = south)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="34"/>
        <source>Latitude (°)</source>
        <translation>Latitude (°)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="35"/>
        <source>Longitude (°)</source>
        <translation>Longitude (°)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="36"/>
        <source>Part utilisable (-)</source>
        <translation>Usable share (-)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="37"/>
        <source>Perte par ombrage (-)</source>
        <translation>Shading loss (-)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="38"/>
        <source>Irradiation cadastre (kWh/m²/an)</source>
        <translation>Cadastre irradiation (kWh/m²/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="41"/>
        <source>Logements</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="42"/>
        <source>Surface de plancher (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="43"/>
        <source>Consommation électrique (kWh/an)</source>
        <translation>Electricity use (kWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="46"/>
        <source>Énergie de chauffage</source>
        <translation>Heating energy</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="47"/>
        <source>Ligne du fichier</source>
        <translation>File row</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="48"/>
        <source>Puissance PV (kWc)</source>
        <translation>PV power (kWp)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="49"/>
        <source>Production PV (kWh/an)</source>
        <translation>PV production (kWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="50"/>
        <source>Productible (kWh/kWc)</source>
        <translation>Specific yield (kWh/kWp)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="53"/>
        <source>Irradiation du plan (kWh/m²/an)</source>
        <translation>Plane irradiation (kWh/m²/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="56"/>
        <source>Surface de modules (m²)</source>
        <translation>Module area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="57"/>
        <source>Surface utilisable (m²)</source>
        <translation>Usable area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="58"/>
        <source>Capteurs thermiques (m²)</source>
        <translation>Thermal collectors (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="61"/>
        <source>Production thermique (kWh/an)</source>
        <translation>Thermal production (kWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="64"/>
        <source>Couverture solaire (-)</source>
        <translation>Solar fraction (-)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/error_dialog.py" line="44"/>
        <source>Échec de {step} : le fichier n&apos;a pas pu être lu ou écrit ({reason}).</source>
        <translation>Failure of {step}: the file could not be read or written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/error_dialog.py" line="49"/>
        <source>Échec de {step}. Vérifiez les données et les paramètres ; si le problème persiste, transmettez les détails ci-dessous à l&apos;équipe qui maintient l&apos;application.</source>
        <translation>Failure of {step}. Check the data and the parameters; if the problem persists, send the details below to the team maintaining the application.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/error_dialog.py" line="69"/>
        <source>Artois Energy Desk : erreur</source>
        <translation>Artois Energy Desk: error</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/frame_model.py" line="116"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/frame_model.py" line="118"/>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="77"/>
        <source>Importer une liste de toitures</source>
        <extracomment>Delay between an edit and the new reading [ms], so that typing stays fluid. A reading finished (successfully or not); the summary is up to date.</extracomment>
        <translation>Import a roof list</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="94"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="96"/>
        <source>couche unique</source>
        <translation>single layer</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="99"/>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="106"/>
        <source>Détection automatique</source>
        <translation>Automatic detection</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="100"/>
        <source>0 = nord, 90 = est, 180 = sud (pvlib)</source>
        <translation>0 = north, 90 = east, 180 = south (pvlib)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="101"/>
        <source>0 = sud, −90 = est, 90 = ouest (PVGIS)</source>
        <translation>0 = south, −90 = east, 90 = west (PVGIS)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="107"/>
        <source>Pans avec pente et azimut</source>
        <translation>Facets with tilt and azimuth</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="108"/>
        <source>Pans en plan avec altitudes min. et max.</source>
        <translation>Plan-view facets with min. and max. heights</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="109"/>
        <source>Emprises de bâtiments (pans estimés)</source>
        <translation>Building footprints (estimated facets)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="113"/>
        <source>Fichiers géographiques : nature des polygones</source>
        <translation>Geographic files: what the polygons are</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="125"/>
        <source>Exporter les rejets…</source>
        <translation>Export rejects…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="131"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="133"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="142"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="143"/>
        <source>Couche ou feuille :</source>
        <translation>Layer or sheet:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="144"/>
        <source>Convention d&apos;azimut :</source>
        <translation>Azimuth convention:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="145"/>
        <source>Géométrie :</source>
        <translation>Geometry:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="147"/>
        <source>Aperçu des premières lignes</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="148"/>
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="156"/>
        <source>Hypothèses et détections</source>
        <translation>Assumptions and detections</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="162"/>
        <source>Lignes rejetées</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="303"/>
        <source>Choisir une liste de toitures</source>
        <translation>Choose a roof list</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="311"/>
        <source>Exporter les lignes rejetées</source>
        <translation>Export the rejected rows</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="319"/>
        <source>l&apos;export des rejets</source>
        <translation>the export of the rejects</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="337"/>
        <source>la lecture du fichier</source>
        <translation>reading the file</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="343"/>
        <source>Aucun fichier lu.</source>
        <translation>No file read.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="352"/>
        <source>&lt;b&gt;{rows}&lt;/b&gt; lignes lues : &lt;b style=&apos;color:#1b5e20&apos;&gt;{accepted}&lt;/b&gt; acceptées ({facets} pans), &lt;b style=&apos;color:#b00020&apos;&gt;{rejected}&lt;/b&gt; rejetées.</source>
        <translation>&lt;b&gt;{rows}&lt;/b&gt; rows read: &lt;b style=&apos;color:#1b5e20&apos;&gt;{accepted}&lt;/b&gt; accepted ({facets} facets), &lt;b style=&apos;color:#b00020&apos;&gt;{rejected}&lt;/b&gt; rejected.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="368"/>
        <source>Lignes rejetées ({count})</source>
        <translation>Rejected rows ({count})</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="373"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="374"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="375"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="376"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="377"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="378"/>
        <source>Motif du rejet</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_dialog.py" line="405"/>
        <source>Pentes et orientations estimées à partir des emprises (voir les hypothèses).</source>
        <translation>Tilts and orientations estimated from the footprints (see the assumptions).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="53"/>
        <source>Carte des toitures</source>
        <extracomment>A roof list finished loading (into the study). An evaluation finished and its results are in the study. The current task was cancelled or failed; the study is unchanged.</extracomment>
        <translation>Roof map</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="54"/>
        <source>Réseau de chaleur</source>
        <translation>Heat network</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="62"/>
        <source>Tableau des toitures</source>
        <translation>Roof table</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="68"/>
        <source>Toiture sélectionnée</source>
        <translation>Selected roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="197"/>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="219"/>
        <source>la lecture des toitures</source>
        <translation>reading the roofs</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="257"/>
        <source>{name} : {accepted} toitures lues, {rejected} rejetées</source>
        <translation>{name}: {accepted} roofs read, {rejected} rejected</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="273"/>
        <source>la lecture des limites</source>
        <translation>reading the boundaries</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="295"/>
        <source>Calcul terminé : {count} toitures en {seconds} s</source>
        <translation>Evaluation done: {count} roofs in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="304"/>
        <source>l&apos;évaluation</source>
        <translation>the evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="312"/>
        <source>Travail annulé ; l&apos;étude est inchangée.</source>
        <translation>Work cancelled; the study is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="325"/>
        <source>Climat : {source}</source>
        <translation>Climate: {source}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="335"/>
        <source>Écriture de {name}</source>
        <translation>Writing {name}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="341"/>
        <source>Résultats écrits dans {path}</source>
        <translation>Results written to {path}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="344"/>
        <source>l&apos;export</source>
        <translation>the export</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="365"/>
        <source>Résultats périmés : relancer le calcul (F5)</source>
        <translation>Results out of date: run the evaluation again (F5)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="373"/>
        <source>aucune étude</source>
        <translation>no study</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="39"/>
        <source>Vue d&apos;ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="40"/>
        <source>Afficher toute l&apos;étude (touche 0)</source>
        <translation>Show the whole study (key 0)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="68"/>
        <source>Non évaluée : lancer le calcul (F5)</source>
        <translation>Not evaluated: run the evaluation (F5)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="40"/>
        <source>Colonne du fichier</source>
        <extracomment>The user changed the column a header provides.</extracomment>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="41"/>
        <source>Correspond à</source>
        <translation>Provides</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="42"/>
        <source>Exemple de valeur</source>
        <translation>Example value</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="118"/>
        <source>— conservée telle quelle —</source>
        <translation>— kept as it is —</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="122"/>
        <source>x Lambert-93</source>
        <translation>x Lambert-93</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="123"/>
        <source>y Lambert-93</source>
        <translation>y Lambert-93</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="142"/>
        <source>Choix de l&apos;utilisateur</source>
        <translation>User&apos;s choice</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="147"/>
        <source>Reconnue automatiquement ; pour l&apos;écarter, attribuez cette grandeur à une autre colonne.</source>
        <translation>Recognised automatically; to set it aside, give this quantity to another column.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/import_mapping.py" line="153"/>
        <source>Conservée telle quelle dans les résultats</source>
        <translation>Kept as it is in the results</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="29"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="31"/>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="43"/>
        <source>&amp;Calcul</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="45"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="52"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="54"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="56"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="57"/>
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="58"/>
        <source>Calculer</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="59"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="60"/>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="77"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="78"/>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="101"/>
        <source>&amp;Importer une liste de toitures…</source>
        <translation>&amp;Import a roof list…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="104"/>
        <source>Aperçu, correspondance des colonnes et rejets</source>
        <translation>Preview, column mapping and rejects</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="108"/>
        <source>Ouvrir la &amp;démonstration Artois</source>
        <translation>Open the Artois &amp;demo</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="111"/>
        <source>Étude de démonstration (fictive)</source>
        <translation>Demonstration study (fictitious)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="115"/>
        <source>Charger des &amp;limites communales…</source>
        <translation>Load municipal &amp;boundaries…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="118"/>
        <source>Superposer les contours des communes</source>
        <translation>Overlay municipal outlines</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="122"/>
        <source>&amp;Exporter les résultats…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="125"/>
        <source>Écrire le tableau, les hypothèses et les rejets</source>
        <translation>Write the table, the assumptions and the rejects</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="129"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="135"/>
        <source>&amp;Lancer le calcul</source>
        <translation>&amp;Run the evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="138"/>
        <source>Évaluer toutes les toitures</source>
        <translation>Evaluate every roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="142"/>
        <source>&amp;Annuler le travail en cours</source>
        <translation>&amp;Cancel the current work</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="145"/>
        <source>Arrêter le travail en cours</source>
        <translation>Stop the current work</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="149"/>
        <source>&amp;Vue d&apos;ensemble</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="152"/>
        <source>Afficher toute l&apos;étude</source>
        <translation>Show the whole study</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="156"/>
        <source>Zoomer sur la &amp;sélection</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="159"/>
        <source>Centrer la carte sur la toiture choisie</source>
        <translation>Centre the map on the chosen roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="163"/>
        <source>Carte des &amp;toitures</source>
        <translation>Roof &amp;map</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="166"/>
        <source>Afficher la carte des toitures</source>
        <translation>Show the roof map</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="170"/>
        <source>&amp;Réseau de chaleur</source>
        <translation>&amp;Heat network</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="173"/>
        <source>Dimensionner une extension de réseau de chaleur</source>
        <translation>Size a heat-network extension</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="177"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="182"/>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="197"/>
        <source>Effacer la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="200"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="210"/>
        <source>Limites communales</source>
        <translation>Municipal boundaries</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="221"/>
        <source>Exporter les résultats</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="239"/>
        <source>À propos d&apos;Artois Energy Desk</source>
        <translation>About Artois Energy Desk</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="240"/>
        <source>&lt;b&gt;Artois Energy Desk {version}&lt;/b&gt;&lt;p&gt;Potentiel solaire photovoltaïque et thermique des toitures, hors ligne, pour les conseillers du Pôle métropolitain de l&apos;Artois.&lt;/p&gt;&lt;p&gt;Modèles : pvlib (Perez, PVWatts). L&apos;étude de démonstration est fictive.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Artois Energy Desk {version}&lt;/b&gt;&lt;p&gt;Offline photovoltaic and solar-thermal potential of roofs, for the advisers of the Pôle métropolitain de l&apos;Artois.&lt;/p&gt;&lt;p&gt;Models: pvlib (Perez, PVWatts). The demonstration study is fictitious.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="51"/>
        <source>Ouvrir une é&amp;tude…</source>
        <translation>Open a s&amp;tudy…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="54"/>
        <source>Ouvrir une étude enregistrée (.gpkg)</source>
        <translation>Open a saved study (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="58"/>
        <source>&amp;Enregistrer l&apos;étude</source>
        <translation>&amp;Save the study</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="61"/>
        <source>Enregistrer l&apos;étude (GeoPackage)</source>
        <translation>Save the study (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="65"/>
        <source>Enregistrer l&apos;étude &amp;sous…</source>
        <translation>Save the study &amp;as…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="77"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="79"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="82"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="92"/>
        <source>Toiture sélectionnée</source>
        <translation>Selected roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="93"/>
        <source>Synthèse du territoire</source>
        <translation>Territory summary</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="94"/>
        <source>Extension du réseau de chaleur</source>
        <translation>Heat-network extension</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="99"/>
        <source>Aperçu a&amp;vant impression</source>
        <translation>Print pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="102"/>
        <source>&amp;Imprimer</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="103"/>
        <source>Exporter en &amp;PDF</source>
        <translation>Export as &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="123"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus_study.py" line="124"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="88"/>
        <source>Point de production nouveau</source>
        <extracomment>Buildings, streets and supply were read. A sizing finished; :attr:`result` holds it. Reading or sizing failed or was cancelled. Called with ``(building_id, excluded)`` instead of :meth:`set_excluded` when set (the window routes exclusions through its undo stack).</extracomment>
        <translation>New production point</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="90"/>
        <source>Réseau existant (canalisations et chaufferie)</source>
        <translation>Existing network (pipes and plant)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="94"/>
        <source>Paramètre par défaut</source>
        <translation>Default parameter</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="95"/>
        <source>Winter et al. (2001)</source>
        <translation>Winter et al. (2001)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="96"/>
        <source>CIBSE CP1</source>
        <translation>CIBSE CP1</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="97"/>
        <source>Aucun (somme des pointes)</source>
        <translation>None (sum of the peaks)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="102"/>
        <source>Ne raccorder que les bâtiments qui gardent la densité au-dessus du seuil</source>
        <translation>Connect only the buildings that keep the density above the threshold</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="106"/>
        <source>Charger</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="107"/>
        <source>Dimensionner</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="108"/>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="388"/>
        <source>Exclure le bâtiment</source>
        <translation>Exclude the building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="123"/>
        <source>Bâtiments candidats :</source>
        <translation>Candidate buildings:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="124"/>
        <source>Rues :</source>
        <translation>Streets:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="125"/>
        <source>Alimentation :</source>
        <translation>Supply:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="130"/>
        <source>Choisir le fichier</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="136"/>
        <source>Foisonnement :</source>
        <translation>Diversity:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="144"/>
        <source>Verdict et seuils</source>
        <translation>Verdict and thresholds</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="145"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="146"/>
        <source>Tronçons (DN)</source>
        <translation>Segments (DN)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="147"/>
        <source>Bâtiments</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="209"/>
        <source>la lecture du réseau</source>
        <translation>reading the network</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="224"/>
        <source>le dimensionnement</source>
        <translation>the sizing</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="281"/>
        <source>{count} bâtiments candidats, {rejected} lignes rejetées. Lancer le dimensionnement.</source>
        <translation>{count} candidate buildings, {rejected} rejected rows. Run the sizing.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="312"/>
        <source>&lt;span style=&apos;font-size:14pt;color:{colour}&apos;&gt;&lt;b&gt;Verdict : {level}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{connected} / {candidates} bâtiments raccordés ; tranchée {trench} m ; densité {density} MWh/(m·an) ; pertes {losses} %</source>
        <translation>&lt;span style=&apos;font-size:14pt;color:{colour}&apos;&gt;&lt;b&gt;Verdict: {level}&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{connected} / {candidates} buildings connected; trench {trench} m; density {density} MWh/(m·yr); losses {losses} %</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="334"/>
        <source>Bâtiment raccordé</source>
        <translation>Connected building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="335"/>
        <source>Bâtiment non raccordé</source>
        <translation>Building not connected</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="336"/>
        <source>Bâtiment exclu</source>
        <translation>Excluded building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="337"/>
        <source>Bâtiment candidat</source>
        <translation>Candidate building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="344"/>
        <source>Réseau de chaleur</source>
        <translation>Heat network</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="344"/>
        <source>Données lues</source>
        <translation>Data read</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="364"/>
        <source>Cliquer un bâtiment sur la carte pour le sélectionner.</source>
        <translation>Click a building on the map to select it.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="367"/>
        <source>exclu par l&apos;utilisateur</source>
        <translation>excluded by the user</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="369"/>
        <source>candidat</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="374"/>
        <source>Bâtiment {id} : {state}</source>
        <translation>Building {id}: {state}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="386"/>
        <source>Inclure le bâtiment</source>
        <translation>Include the building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/network_panel.py" line="395"/>
        <source>Choisir un fichier</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>NetworkTables</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="56"/>
        <source>Critère</source>
        <extracomment>Traffic-light background of a verdict criterion, by status.</extracomment>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="57"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="58"/>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="80"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="61"/>
        <source>Seuil</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="64"/>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="81"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="65"/>
        <source>Explication</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="66"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="78"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="79"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="82"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="92"/>
        <source>Tronçon</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="93"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="95"/>
        <source>Longueur (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="96"/>
        <source>Bâtiments en aval</source>
        <translation>Buildings downstream</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="97"/>
        <source>Pointe foisonnée (kW)</source>
        <translation>Diversified peak (kW)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="100"/>
        <source>Débit (kg/s)</source>
        <translation>Flow (kg/s)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="103"/>
        <source>Vitesse (m/s)</source>
        <translation>Velocity (m/s)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="104"/>
        <source>Perte de charge linéique (Pa/m)</source>
        <translation>Pressure gradient (Pa/m)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="107"/>
        <source>Coût (€ HT)</source>
        <translation>Cost (€ excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="117"/>
        <source>Bâtiment</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="118"/>
        <source>Besoin (MWh/an)</source>
        <translation>Demand (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="121"/>
        <source>Pointe (kW)</source>
        <translation>Peak (kW)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="122"/>
        <source>Raccordé</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/network_tables.py" line="123"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="47"/>
        <source>Année type Artois intégrée</source>
        <extracomment>Parameter groups listed (editable numeric values).</extracomment>
        <translation>Embedded Artois typical year</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="48"/>
        <source>Importer PVGIS / EPW…</source>
        <translation>Import PVGIS / EPW…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="54"/>
        <source>Paramètre</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="55"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="56"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="57"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="64"/>
        <source>Valeurs par défaut</source>
        <translation>Default values</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="65"/>
        <source>Climat</source>
        <translation>Climate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="73"/>
        <source>Paramètres photovoltaïques</source>
        <translation>Photovoltaic parameters</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="96"/>
        <source>la lecture du climat</source>
        <translation>reading the climate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="102"/>
        <source>Fichier météo</source>
        <translation>Weather file</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="112"/>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="113"/>
        <source>Climat en cours de chargement…</source>
        <translation>Loading the climate…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="123"/>
        <source>{source}
Site : {lat} N, {lon} E ; irradiation globale horizontale : {total} kWh/m²/an</source>
        <translation>{source}
Site: {lat} N, {lon} E; global horizontal irradiation: {total} kWh/m²/yr</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="135"/>
        <source>Irradiation globale (kWh/m²)</source>
        <translation>Global irradiation (kWh/m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="137"/>
        <source>Température moyenne (°C)</source>
        <translation>Mean temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="190"/>
        <source>« {text} » n&apos;est pas un nombre ; valeur inchangée.</source>
        <translation>“{text}” is not a number; value unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="198"/>
        <source>saisie</source>
        <translation>entered</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/preferences_dialog.py" line="27"/>
        <source>Préférences</source>
        <extracomment>Interface languages: code and name in that language.</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/preferences_dialog.py" line="35"/>
        <source>La langue choisie s&apos;applique au prochain démarrage.</source>
        <translation>The chosen language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/preferences_dialog.py" line="43"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/print_actions.py" line="72"/>
        <source>sans objet (réseau de chaleur : pas d&apos;année météo)</source>
        <extracomment>What can be printed: the selected roof, the territory, the network extension.</extracomment>
        <translation>not applicable (heat network: no weather year)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/print_actions.py" line="87"/>
        <source>Aperçu avant impression</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/print_actions.py" line="107"/>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/print_actions.py" line="120"/>
        <source>Écriture de {name}</source>
        <translation>Writing {name}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/print_actions.py" line="128"/>
        <source>Fiche écrite dans {path}</source>
        <translation>Sheet written to {path}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/print_actions.py" line="133"/>
        <source>l&apos;export PDF</source>
        <translation>the PDF export</translation>
    </message>
</context>
<context>
    <name>QuickEstimatePanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="49"/>
        <source>Maison</source>
        <translation>House</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="50"/>
        <source>Immeuble de logements</source>
        <translation>Apartment building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="51"/>
        <source>Tertiaire</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="52"/>
        <source>École</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="53"/>
        <source>Industrie</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="56"/>
        <source>Estimer</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="61"/>
        <source>Latitude (WGS84)</source>
        <translation>Latitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="62"/>
        <source>Longitude (WGS84)</source>
        <translation>Longitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="63"/>
        <source>Surface du pan</source>
        <translation>Facet area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="64"/>
        <source>Pente (0 = toit plat)</source>
        <translation>Tilt (0 = flat roof)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="65"/>
        <source>Azimut (180 = sud, 90 = est)</source>
        <translation>Azimuth (180 = south, 90 = east)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="66"/>
        <source>Usage</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="75"/>
        <source>Saisissez une toiture puis « Estimer »</source>
        <translation>Enter a roof, then “Estimate”</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="93"/>
        <source>Climat en cours de chargement…</source>
        <translation>Loading the climate…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="99"/>
        <source>Préparation de la table PV…</source>
        <translation>Preparing the PV table…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="113"/>
        <source>Calcul impossible : {error}</source>
        <translation>Cannot compute: {error}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="130"/>
        <source>{kwp} sur {usable} utilisables : {energy}, soit {specific} (climat : {source})</source>
        <translation>{kwp} on {usable} usable: {energy}, i.e. {specific} (climate: {source})</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="143"/>
        <source>Production PV (kWh)</source>
        <translation>PV production (kWh)</translation>
    </message>
</context>
<context>
    <name>RoofDetailPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="82"/>
        <source>Toiture</source>
        <extracomment>Parameters listed as the assumptions of a roof&apos;s figures.</extracomment>
        <translation>Roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="83"/>
        <source>Potentiel photovoltaïque</source>
        <translation>Photovoltaic potential</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="86"/>
        <source>Hypothèses</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="111"/>
        <source>Rétablir</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="113"/>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="209"/>
        <source>Surface utilisable</source>
        <translation>Usable area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="114"/>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="199"/>
        <source>Pente</source>
        <translation>Tilt</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="115"/>
        <source>Puissance installée</source>
        <translation>Installed power</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="121"/>
        <source>Et si… (cette toiture seulement)</source>
        <translation>What if… (this roof only)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="149"/>
        <source>Aucune toiture sélectionnée</source>
        <translation>No roof selected</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="151"/>
        <source>Cliquez une toiture sur la carte ou une ligne du tableau.</source>
        <translation>Click a roof on the map or a row of the table.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="154"/>
        <source>Production mensuelle : choisissez une toiture</source>
        <translation>Monthly production: choose a roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="171"/>
        <source>Production mensuelle : lancez le calcul (F5)</source>
        <translation>Monthly production: run the evaluation (F5)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="183"/>
        <source>Toiture non évaluée : lancez le calcul (F5).</source>
        <translation>Roof not evaluated: run the evaluation (F5).</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="186"/>
        <source>Résultats périmés : les paramètres ou le climat ont changé depuis le calcul. Relancez le calcul (F5).</source>
        <translation>Results out of date: parameters or climate changed since the evaluation. Run it again (F5).</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="198"/>
        <source>Surface du pan</source>
        <translation>Facet area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="200"/>
        <source>Azimut (180 = sud)</source>
        <translation>Azimuth (180 = south)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="210"/>
        <source>Surface de modules</source>
        <translation>Module area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="211"/>
        <source>Puissance installable</source>
        <translation>Installable power</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="212"/>
        <source>Production annuelle</source>
        <translation>Annual production</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="213"/>
        <source>Productible</source>
        <translation>Specific yield</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="214"/>
        <source>Irradiation du plan</source>
        <translation>Plane irradiation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="215"/>
        <source>Ratio de performance</source>
        <translation>Performance ratio</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="216"/>
        <source>Perte par ombrage</source>
        <translation>Shading loss</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="224"/>
        <source>toit plat, modules sur châssis</source>
        <translation>flat roof, racked modules</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="226"/>
        <source>modules dans le plan du toit</source>
        <translation>modules in the roof plane</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="228"/>
        <source>Pose</source>
        <translation>Mounting</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="235"/>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="242"/>
        <source>Climat : {source}</source>
        <translation>Climate: {source}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="246"/>
        <source>Climat et paramètres en cours de chargement…</source>
        <translation>Loading climate and parameters…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="277"/>
        <source>Préparation de la table PV…</source>
        <translation>Preparing the PV table…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="291"/>
        <source>Calcul impossible : {error}</source>
        <translation>Cannot compute: {error}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="320"/>
        <source>Variante : {kwp}, {energy}, {specific} ({change} par rapport au calcul)</source>
        <translation>Variant: {kwp}, {energy}, {specific} ({change} compared with the evaluation)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="335"/>
        <source>Pas de production mensuelle</source>
        <translation>No monthly production</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="346"/>
        <source>Production PV (kWh)</source>
        <translation>PV production (kWh)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="348"/>
        <source>Calcul</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="348"/>
        <source>Variante</source>
        <translation>Variant</translation>
    </message>
</context>
<context>
    <name>RoofTablePanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="60"/>
        <source>Identifiant, bâtiment, commune…</source>
        <extracomment>Wait after the last key stroke before filtering on the text [ms].</extracomment>
        <translation>Identifier, building, municipality…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="67"/>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="68"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="69"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="161"/>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="175"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="200"/>
        <source>{shown} / {total} toitures</source>
        <translation>{shown} / {total} roofs</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/run_status.py" line="32"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/run_status.py" line="34"/>
        <source>Arrêter le travail en cours (Échap)</source>
        <translation>Stop the current work (Esc)</translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="173"/>
        <source>Ouvrir une étude</source>
        <extracomment>Interval between two autosaves of a dirty study [ms]. The study was replaced (edit, undo, open, new, restore). The study became dirty (``True``) or clean (``False``). The study&apos;s file changed (``pathlib.Path`` or ``None``). The study was saved to a file (``pathlib.Path``). A recovery copy was written (``pathlib.Path``).</extracomment>
        <translation>Open a study</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="183"/>
        <source>l&apos;ouverture de l&apos;étude</source>
        <translation>opening the study</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="200"/>
        <source>Enregistrer l&apos;étude sous</source>
        <translation>Save study as</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="251"/>
        <source>Récupération d&apos;une étude</source>
        <translation>Study recovery</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="254"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="255"/>
        <source>Supprimer la copie</source>
        <translation>Delete the copy</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="256"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="270"/>
        <source>la restauration de l&apos;étude</source>
        <translation>restoring the study</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="299"/>
        <location filename="../../src/artois_energy_desk/gui/study_dialogs.py" line="95"/>
        <source>sans titre</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="303"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="304"/>
        <source>L&apos;étude « {name} » a des modifications non enregistrées. Les enregistrer ?</source>
        <translation>The study “{name}” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="310"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="311"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="312"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_controller.py" line="329"/>
        <source>l&apos;enregistrement de l&apos;étude</source>
        <translation>saving the study</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_dialogs.py" line="98"/>
        <source>L&apos;application s&apos;est arrêtée sans enregistrer l&apos;étude{title} ({name}). Une copie automatique du {saved} existe. La restaurer ?</source>
        <translation>The application stopped without saving the study{title} ({name}). An automatic copy of {saved} exists. Restore it?</translation>
    </message>
</context>
<context>
    <name>StudyFileHooks</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_hooks.py" line="147"/>
        <source>Étude ouverte ; calcul des résultats relancé.</source>
        <extracomment>The roof layer of the controller&apos;s study that the window shows.</extracomment>
        <translation>Study opened; results being computed again.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/study_hooks.py" line="154"/>
        <source>l&apos;ouverture de l&apos;étude</source>
        <translation>opening the study</translation>
    </message>
</context>
<context>
    <name>TerritoryPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="101"/>
        <source>Par commune</source>
        <extracomment>Colour classes counted as &quot;good roofs&quot; (0 = excellent, 1 = good).</extracomment>
        <translation>By municipality</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="102"/>
        <source>Par EPCI</source>
        <translation>By EPCI</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="119"/>
        <source>Regroupement :</source>
        <translation>Grouping:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="122"/>
        <source>Scénario prospectif</source>
        <translation>Prospective scenario</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="124"/>
        <source>Part des bonnes toitures équipées</source>
        <translation>Share of good roofs equipped</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="125"/>
        <source>Horizon</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="144"/>
        <source>Totaux du territoire : lancez le calcul (F5)</source>
        <translation>Territory totals: run the evaluation (F5)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="170"/>
        <source>Production PV (MWh/an)</source>
        <translation>PV production (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="184"/>
        <source>, {co2} de CO2e évitées par an (mix moyen)</source>
        <translation>, {co2} CO2e avoided per year (average mix)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="191"/>
        <source>En {year} : {roofs} toitures équipées, {kwp}, {mwh}{co2}.</source>
        <translation>By {year}: {roofs} roofs equipped, {kwp}, {mwh}{co2}.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/__init__.py" line="30"/>
        <source>Estimation rapide</source>
        <translation>Quick estimate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/__init__.py" line="36"/>
        <source>Climat et paramètres</source>
        <translation>Climate and parameters</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/__init__.py" line="42"/>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
</context>
</TS>
