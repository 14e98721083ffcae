subject: Việc cần xử lý ngày {{day | date}}: {{overdueCount}} quá hạn, {{dueCount}} đến hạn
short: Khuyến công: hôm nay có {{overdueCount}} việc quá hạn, {{dueCount}} việc đến hạn.
--- text
Kính gửi {{recipientName}},

Tổng hợp việc của Quý vị ngày {{day | date}}.

Quá hạn ({{overdueCount}}):
{{#each overdue}}- {{dossierCode}}, bước "{{stage | stage}}", hạn {{dueAt | datetime}}
{{/each}}
Đến hạn hôm nay và ngày mai ({{dueCount}}):
{{#each due}}- {{dossierCode}}, bước "{{stage | stage}}", hạn {{dueAt | datetime}}
{{/each}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Tổng hợp việc của Quý vị ngày {{day | date}}.</p>
<p><strong>Quá hạn ({{overdueCount}})</strong></p>
<ul>
{{#each overdue}}<li>{{dossierCode}}, bước "{{stage | stage}}", hạn {{dueAt | datetime}}</li>
{{/each}}</ul>
<p><strong>Đến hạn hôm nay và ngày mai ({{dueCount}})</strong></p>
<ul>
{{#each due}}<li>{{dossierCode}}, bước "{{stage | stage}}", hạn {{dueAt | datetime}}</li>
{{/each}}</ul>
