<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/charts.py" line="25" />
        <source>janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc.</source>
        <translation>Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec</translation>
    </message>
</context>
<context>
    <name>ClassLegend</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="23" />
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="24" />
        <source>Bon</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="25" />
        <source>Moyen</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="26" />
        <source>Faible</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="27" />
        <source>Défavorable</source>
        <translation>Unfavourable</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="38" />
        <source>Toitures (non évaluées)</source>
        <translation>Roofs (not evaluated)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="40" />
        <source>Productible PV (kWh/kWc/an)</source>
        <translation>PV specific yield (kWh/kWp/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/class_legend.py" line="41" />
        <source>Irradiation du plan (kWh/m²/an)</source>
        <translation>Plane irradiation (kWh/m²/yr)</translation>
    </message>
</context>
<context>
    <name>ColumnLabels</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="17" />
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="18" />
        <source>Pans</source>
        <translation>Facets</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="19" />
        <source>Bâtiments</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="20" />
        <source>Production PV (MWh/an)</source>
        <translation>PV production (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="21" />
        <source>Production thermique (MWh/an)</source>
        <translation>Thermal production (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="24" />
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="25" />
        <source>Bâtiment</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="26" />
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="27" />
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="28" />
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="29" />
        <source>SIREN de l'EPCI</source>
        <translation>EPCI SIREN</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="30" />
        <source>Usage</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="31" />
        <source>Surface (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="32" />
        <source>Pente (°)</source>
        <translation>Tilt (°)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="33" />
        <source>Azimut (°, 180 = sud)</source>
        <translation>Azimuth (°, 180 = south)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="34" />
        <source>Latitude (°)</source>
        <translation>Latitude (°)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="35" />
        <source>Longitude (°)</source>
        <translation>Longitude (°)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="36" />
        <source>Part utilisable (-)</source>
        <translation>Usable share (-)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="37" />
        <source>Perte par ombrage (-)</source>
        <translation>Shading loss (-)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="38" />
        <source>Irradiation cadastre (kWh/m²/an)</source>
        <translation>Cadastre irradiation (kWh/m²/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="41" />
        <source>Logements</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="42" />
        <source>Surface de plancher (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="43" />
        <source>Consommation électrique (kWh/an)</source>
        <translation>Electricity use (kWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="46" />
        <source>Énergie de chauffage</source>
        <translation>Heating energy</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="47" />
        <source>Ligne du fichier</source>
        <translation>File row</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="48" />
        <source>Puissance PV (kWc)</source>
        <translation>PV power (kWp)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="49" />
        <source>Production PV (kWh/an)</source>
        <translation>PV production (kWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="50" />
        <source>Productible (kWh/kWc)</source>
        <translation>Specific yield (kWh/kWp)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="53" />
        <source>Irradiation du plan (kWh/m²/an)</source>
        <translation>Plane irradiation (kWh/m²/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="56" />
        <source>Surface de modules (m²)</source>
        <translation>Module area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="57" />
        <source>Surface utilisable (m²)</source>
        <translation>Usable area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="58" />
        <source>Capteurs thermiques (m²)</source>
        <translation>Thermal collectors (m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="61" />
        <source>Production thermique (kWh/an)</source>
        <translation>Thermal production (kWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/column_labels.py" line="64" />
        <source>Couverture solaire (-)</source>
        <translation>Solar fraction (-)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/error_dialog.py" line="44" />
        <source>Échec de {step} : le fichier n'a pas pu être lu ou écrit ({reason}).</source>
        <translation>Failure of {step}: the file could not be read or written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/error_dialog.py" line="49" />
        <source>Échec de {step}. Vérifiez les données et les paramètres ; si le problème persiste, transmettez les détails ci-dessous à l'équipe qui maintient l'application.</source>
        <translation>Failure of {step}. Check the data and the parameters; if the problem persists, send the details below to the team maintaining the application.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/error_dialog.py" line="69" />
        <source>Artois Energy Desk : erreur</source>
        <translation>Artois Energy Desk: error</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="53" />
        <source>Tableau des toitures</source>
        <extracomment>A roof list finished loading (into the study). An evaluation finished and its results are in the study. The current task was cancelled or failed; the study is unchanged.</extracomment>
        <translation>Roof table</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="59" />
        <source>Toiture sélectionnée</source>
        <translation>Selected roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="171" />
        <source>la lecture des toitures</source>
        <translation>reading the roofs</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="188" />
        <source>{name} : {accepted} toitures lues, {rejected} rejetées</source>
        <translation>{name}: {accepted} roofs read, {rejected} rejected</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="204" />
        <source>la lecture des limites</source>
        <translation>reading the boundaries</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="226" />
        <source>Calcul terminé : {count} toitures en {seconds} s</source>
        <translation>Evaluation done: {count} roofs in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="235" />
        <source>l'évaluation</source>
        <translation>the evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="243" />
        <source>Travail annulé ; l'étude est inchangée.</source>
        <translation>Work cancelled; the study is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="256" />
        <source>Climat : {source}</source>
        <translation>Climate: {source}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="266" />
        <source>Écriture de {name}</source>
        <translation>Writing {name}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="272" />
        <source>Résultats écrits dans {path}</source>
        <translation>Results written to {path}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="275" />
        <source>l'export</source>
        <translation>the export</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="296" />
        <source>Résultats périmés : relancer le calcul (F5)</source>
        <translation>Results out of date: run the evaluation again (F5)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/main_window.py" line="301" />
        <source>aucune étude</source>
        <translation>no study</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="40" />
        <source>Productible PV (kWh/kWc)</source>
        <translation>PV specific yield (kWh/kWp)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="42" />
        <source>Irradiation du plan (kWh/m²)</source>
        <translation>Plane irradiation (kWh/m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="45" />
        <source>Vue d'ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="46" />
        <source>Afficher toute l'étude (touche 0)</source>
        <translation>Show the whole study (key 0)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="49" />
        <source>Couleur :</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/map_panel.py" line="84" />
        <source>Non évaluée : lancer le calcul (F5)</source>
        <translation>Not evaluated: run the evaluation (F5)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="31" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="33" />
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="40" />
        <source>&amp;Calcul</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="42" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="47" />
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="49" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="51" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="52" />
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="53" />
        <source>Calculer</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="54" />
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="55" />
        <source>Barre d'outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="87" />
        <source>&amp;Ouvrir une liste de toitures…</source>
        <translation>&amp;Open a roof list…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="90" />
        <source>Lire une liste de toitures</source>
        <translation>Read a roof list</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="94" />
        <source>Ouvrir la &amp;démonstration Artois</source>
        <translation>Open the Artois &amp;demo</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="97" />
        <source>Étude de démonstration (fictive)</source>
        <translation>Demonstration study (fictitious)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="101" />
        <source>Charger des &amp;limites communales…</source>
        <translation>Load municipal &amp;boundaries…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="104" />
        <source>Superposer les contours des communes</source>
        <translation>Overlay municipal outlines</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="108" />
        <source>&amp;Exporter les résultats…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="111" />
        <source>Écrire le tableau, les hypothèses et les rejets</source>
        <translation>Write the table, the assumptions and the rejects</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="115" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="121" />
        <source>&amp;Lancer le calcul</source>
        <translation>&amp;Run the evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="124" />
        <source>Évaluer toutes les toitures</source>
        <translation>Evaluate every roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="128" />
        <source>&amp;Annuler le travail en cours</source>
        <translation>&amp;Cancel the current work</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="131" />
        <source>Arrêter le travail en cours</source>
        <translation>Stop the current work</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="135" />
        <source>&amp;Vue d'ensemble</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="138" />
        <source>Afficher toute l'étude</source>
        <translation>Show the whole study</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="142" />
        <source>Zoomer sur la &amp;sélection</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="145" />
        <source>Centrer la carte sur la toiture choisie</source>
        <translation>Centre the map on the chosen roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="149" />
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="154" />
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="169" />
        <source>Effacer la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="172" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="182" />
        <source>Ouvrir une liste de toitures</source>
        <translation>Open a roof list</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="194" />
        <source>Limites communales</source>
        <translation>Municipal boundaries</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="205" />
        <source>Exporter les résultats</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="223" />
        <source>À propos d'Artois Energy Desk</source>
        <translation>About Artois Energy Desk</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/menus.py" line="224" />
        <source>&lt;b&gt;Artois Energy Desk {version}&lt;/b&gt;&lt;p&gt;Potentiel solaire photovoltaïque et thermique des toitures, hors ligne, pour les conseillers du Pôle métropolitain de l'Artois.&lt;/p&gt;&lt;p&gt;Modèles : pvlib (Perez, PVWatts). L'étude de démonstration est fictive.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Artois Energy Desk {version}&lt;/b&gt;&lt;p&gt;Offline photovoltaic and solar-thermal potential of roofs, for the advisers of the Pôle métropolitain de l'Artois.&lt;/p&gt;&lt;p&gt;Models: pvlib (Perez, PVWatts). The demonstration study is fictitious.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="47" />
        <source>Année type Artois intégrée</source>
        <extracomment>Parameter groups listed (editable numeric values).</extracomment>
        <translation>Embedded Artois typical year</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="48" />
        <source>Importer PVGIS / EPW…</source>
        <translation>Import PVGIS / EPW…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="54" />
        <source>Paramètre</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="55" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="56" />
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="57" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="64" />
        <source>Valeurs par défaut</source>
        <translation>Default values</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="65" />
        <source>Climat</source>
        <translation>Climate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="73" />
        <source>Paramètres photovoltaïques</source>
        <translation>Photovoltaic parameters</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="96" />
        <source>la lecture du climat</source>
        <translation>reading the climate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="102" />
        <source>Fichier météo</source>
        <translation>Weather file</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="112" />
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="113" />
        <source>Climat en cours de chargement…</source>
        <translation>Loading the climate…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="123" />
        <source>{source}
Site : {lat} N, {lon} E ; irradiation globale horizontale : {total} kWh/m²/an</source>
        <translation>{source}
Site: {lat} N, {lon} E; global horizontal irradiation: {total} kWh/m²/yr</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="135" />
        <source>Irradiation globale (kWh/m²)</source>
        <translation>Global irradiation (kWh/m²)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="137" />
        <source>Température moyenne (°C)</source>
        <translation>Mean temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="190" />
        <source>« {text} » n'est pas un nombre ; valeur inchangée.</source>
        <translation>“{text}” is not a number; value unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/parameters_panel.py" line="198" />
        <source>saisie</source>
        <translation>entered</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/preferences_dialog.py" line="27" />
        <source>Préférences</source>
        <extracomment>Interface languages: code and name in that language.</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/preferences_dialog.py" line="35" />
        <source>La langue choisie s'applique au prochain démarrage.</source>
        <translation>The chosen language applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/dialogs/preferences_dialog.py" line="43" />
        <source>Langue de l'interface</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>QuickEstimatePanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="49" />
        <source>Maison</source>
        <translation>House</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="50" />
        <source>Immeuble de logements</source>
        <translation>Apartment building</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="51" />
        <source>Tertiaire</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="52" />
        <source>École</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="53" />
        <source>Industrie</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="56" />
        <source>Estimer</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="61" />
        <source>Latitude (WGS84)</source>
        <translation>Latitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="62" />
        <source>Longitude (WGS84)</source>
        <translation>Longitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="63" />
        <source>Surface du pan</source>
        <translation>Facet area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="64" />
        <source>Pente (0 = toit plat)</source>
        <translation>Tilt (0 = flat roof)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="65" />
        <source>Azimut (180 = sud, 90 = est)</source>
        <translation>Azimuth (180 = south, 90 = east)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="66" />
        <source>Usage</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="75" />
        <source>Saisissez une toiture puis « Estimer »</source>
        <translation>Enter a roof, then “Estimate”</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="93" />
        <source>Climat en cours de chargement…</source>
        <translation>Loading the climate…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="99" />
        <source>Préparation de la table PV…</source>
        <translation>Preparing the PV table…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="113" />
        <source>Calcul impossible : {error}</source>
        <translation>Cannot compute: {error}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="130" />
        <source>{kwp} sur {usable} utilisables : {energy}, soit {specific} (climat : {source})</source>
        <translation>{kwp} on {usable} usable: {energy}, i.e. {specific} (climate: {source})</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/quick_estimate_panel.py" line="143" />
        <source>Production PV (kWh)</source>
        <translation>PV production (kWh)</translation>
    </message>
</context>
<context>
    <name>RoofDetailPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="82" />
        <source>Toiture</source>
        <extracomment>Parameters listed as the assumptions of a roof's figures.</extracomment>
        <translation>Roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="83" />
        <source>Potentiel photovoltaïque</source>
        <translation>Photovoltaic potential</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="86" />
        <source>Hypothèses</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="111" />
        <source>Rétablir</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="113" />
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="209" />
        <source>Surface utilisable</source>
        <translation>Usable area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="114" />
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="199" />
        <source>Pente</source>
        <translation>Tilt</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="115" />
        <source>Puissance installée</source>
        <translation>Installed power</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="121" />
        <source>Et si… (cette toiture seulement)</source>
        <translation>What if… (this roof only)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="149" />
        <source>Aucune toiture sélectionnée</source>
        <translation>No roof selected</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="151" />
        <source>Cliquez une toiture sur la carte ou une ligne du tableau.</source>
        <translation>Click a roof on the map or a row of the table.</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="154" />
        <source>Production mensuelle : choisissez une toiture</source>
        <translation>Monthly production: choose a roof</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="171" />
        <source>Production mensuelle : lancez le calcul (F5)</source>
        <translation>Monthly production: run the evaluation (F5)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="183" />
        <source>Toiture non évaluée : lancez le calcul (F5).</source>
        <translation>Roof not evaluated: run the evaluation (F5).</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="186" />
        <source>Résultats périmés : les paramètres ou le climat ont changé depuis le calcul. Relancez le calcul (F5).</source>
        <translation>Results out of date: parameters or climate changed since the evaluation. Run it again (F5).</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="198" />
        <source>Surface du pan</source>
        <translation>Facet area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="200" />
        <source>Azimut (180 = sud)</source>
        <translation>Azimuth (180 = south)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="210" />
        <source>Surface de modules</source>
        <translation>Module area</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="211" />
        <source>Puissance installable</source>
        <translation>Installable power</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="212" />
        <source>Production annuelle</source>
        <translation>Annual production</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="213" />
        <source>Productible</source>
        <translation>Specific yield</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="214" />
        <source>Irradiation du plan</source>
        <translation>Plane irradiation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="215" />
        <source>Ratio de performance</source>
        <translation>Performance ratio</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="216" />
        <source>Perte par ombrage</source>
        <translation>Shading loss</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="224" />
        <source>toit plat, modules sur châssis</source>
        <translation>flat roof, racked modules</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="226" />
        <source>modules dans le plan du toit</source>
        <translation>modules in the roof plane</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="228" />
        <source>Pose</source>
        <translation>Mounting</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="235" />
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="242" />
        <source>Climat : {source}</source>
        <translation>Climate: {source}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="246" />
        <source>Climat et paramètres en cours de chargement…</source>
        <translation>Loading climate and parameters…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="277" />
        <source>Préparation de la table PV…</source>
        <translation>Preparing the PV table…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="291" />
        <source>Calcul impossible : {error}</source>
        <translation>Cannot compute: {error}</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="320" />
        <source>Variante : {kwp}, {energy}, {specific} ({change} par rapport au calcul)</source>
        <translation>Variant: {kwp}, {energy}, {specific} ({change} compared with the evaluation)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="335" />
        <source>Pas de production mensuelle</source>
        <translation>No monthly production</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="346" />
        <source>Production PV (kWh)</source>
        <translation>PV production (kWh)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="348" />
        <source>Calcul</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_detail_panel.py" line="348" />
        <source>Variante</source>
        <translation>Variant</translation>
    </message>
</context>
<context>
    <name>RoofTablePanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="59" />
        <source>Identifiant, bâtiment, commune…</source>
        <extracomment>Wait after the last key stroke before filtering on the text [ms].</extracomment>
        <translation>Identifier, building, municipality…</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="66" />
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="67" />
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="68" />
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="160" />
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="176" />
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/roof_table_panel.py" line="201" />
        <source>{shown} / {total} toitures</source>
        <translation>{shown} / {total} roofs</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/run_status.py" line="32" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/run_status.py" line="34" />
        <source>Arrêter le travail en cours (Échap)</source>
        <translation>Stop the current work (Esc)</translation>
    </message>
</context>
<context>
    <name>TerritoryPanel</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="101" />
        <source>Par commune</source>
        <extracomment>Colour classes counted as "good roofs" (0 = excellent, 1 = good).</extracomment>
        <translation>By municipality</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="102" />
        <source>Par EPCI</source>
        <translation>By EPCI</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="119" />
        <source>Regroupement :</source>
        <translation>Grouping:</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="122" />
        <source>Scénario prospectif</source>
        <translation>Prospective scenario</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="124" />
        <source>Part des bonnes toitures équipées</source>
        <translation>Share of good roofs equipped</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="125" />
        <source>Horizon</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="144" />
        <source>Totaux du territoire : lancez le calcul (F5)</source>
        <translation>Territory totals: run the evaluation (F5)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="170" />
        <source>Production PV (MWh/an)</source>
        <translation>PV production (MWh/yr)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="184" />
        <source>, {co2} de CO2e évitées par an (mix moyen)</source>
        <translation>, {co2} CO2e avoided per year (average mix)</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/territory_panel.py" line="191" />
        <source>En {year} : {roofs} toitures équipées, {kwp}, {mwh}{co2}.</source>
        <translation>By {year}: {roofs} roofs equipped, {kwp}, {mwh}{co2}.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/__init__.py" line="30" />
        <source>Estimation rapide</source>
        <translation>Quick estimate</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/__init__.py" line="36" />
        <source>Climat et paramètres</source>
        <translation>Climate and parameters</translation>
    </message>
    <message>
        <location filename="../../src/artois_energy_desk/gui/panels/__init__.py" line="42" />
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
</context>
</TS>
