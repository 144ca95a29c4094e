<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>factcheck</name>
    <message numerus="yes">
        <source>%1: %n article(s) in the folder</source>
        <translation>
            <numerusform>%1: %n article in the folder</numerusform>
            <numerusform>%1: %n articles in the folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ArticleLoader</name>
    <message numerus="yes">
        <source>contains %n invalid byte sequence(s) for %1; they were replaced</source>
        <translation>
            <numerusform>contains %n invalid byte sequence for %1; it was replaced</numerusform>
            <numerusform>contains %n invalid byte sequences for %1; they were replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::Report</name>
    <message numerus="yes">
        <source>%n articles</source>
        <comment>report header: how many articles</comment>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>report header: how many entities</comment>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <comment>report header: how many findings</comment>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ui::MainWindow</name>
    <message numerus="yes">
        <source>Analysed %n article(s)</source>
        <translation>
            <numerusform>Analysed %n article</numerusform>
            <numerusform>Analysed %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) had problems, see Messages</source>
        <translation>
            <numerusform>%n input had problems, see Messages</numerusform>
            <numerusform>%n inputs had problems, see Messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the panes</source>
        <translation>
            <numerusform>%n match in the panes</numerusform>
            <numerusform>%n matches in the panes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review decision(s) are not saved in a project. Save them as a project?</source>
        <translation>
            <numerusform>%n review decision is not saved in a project. Save it as a project?</numerusform>
            <numerusform>%n review decisions are not saved in a project. Save them as a project?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation>
            <numerusform>Fetching %n page…</numerusform>
            <numerusform>Fetching %n pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review decision(s) are not saved: %1 is open read-only. Save them in a copy of the project?</source>
        <translation>
            <numerusform>%n review decision is not saved: %1 is open read-only. Save it in a copy of the project?</numerusform>
            <numerusform>%n review decisions are not saved: %1 is open read-only. Save them in a copy of the project?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ui::TimelineChart</name>
    <message numerus="yes">
        <source>Date (%n event(s) outside the view: zoom out to see)</source>
        <translation>
            <numerusform>Date (%n event outside the view: zoom out to see it)</numerusform>
            <numerusform>Date (%n events outside the view: zoom out to see them)</numerusform>
        </translation>
    </message>
</context>
</TS>
