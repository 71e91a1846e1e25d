<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/paper/export_dialog.py" line="+322"/>
        <source>Written: {path} (%Ln rows).</source>
        <translation>
            <numerusform>Written: {path} (%Ln row).</numerusform>
            <numerusform>Written: {path} (%Ln rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/importing/import_preview_page.py" line="+231"/>
        <source>&amp;Import %Ln people</source>
        <translation>
            <numerusform>&amp;Import %Ln person</numerusform>
            <numerusform>&amp;Import %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/paper/print_dialog.py" line="+95"/>
        <source>%Ln rows on one page.</source>
        <translation>
            <numerusform>%Ln row on one page.</numerusform>
            <numerusform>%Ln rows on one page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln rows on {pages} pages.</source>
        <translation>
            <numerusform>%Ln row on {pages} pages.</numerusform>
            <numerusform>%Ln rows on {pages} pages.</numerusform>
        </translation>
    </message>
</context>
</TS>
