subject: Dossier {{dossierCode}} needs documents by {{dueDate | date}}
--- text
Dear {{recipientName}},

REQUEST TO SUPPLEMENT THE DOSSIER (Form 02)

Dossier {{dossierCode}} needs the following documents:
{{#each items}}- {{documentCode}}: {{reasonEn}} ({{reasonVi}})
{{/each}}
Deadline: {{dueDate | date}}. After it the dossier is closed.
--- html
<p>Dear {{recipientName}},</p>
<p><strong>REQUEST TO SUPPLEMENT THE DOSSIER</strong> (Form 02)</p>
<p>Dossier <strong>{{dossierCode}}</strong> needs the following documents:</p>
<ol>
{{#each items}}<li><strong>{{documentCode}}</strong>: {{reasonEn}} ({{reasonVi}})</li>
{{/each}}</ol>
<p>Deadline: <strong>{{dueDate | date}}</strong>. After it the dossier is closed.</p>
