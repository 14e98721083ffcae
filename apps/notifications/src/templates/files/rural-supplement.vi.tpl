subject: Đề nghị bổ sung hồ sơ tiêu chí nông thôn mới của {{communeCode | unit}}, hạn {{dueDate | date}}
short: Khuyến công: Sở đề nghị {{communeCode | unit}} bổ sung minh chứng tiêu chí điện, chợ trước {{dueDate | date}}.
--- text
Kính gửi {{recipientName}},

Sở Công Thương đề nghị {{communeCode | unit}} bổ sung minh chứng cho hồ sơ {{level | ruralLevel}} năm {{targetYear}}:
{{#each items}}- {{code}}: {{reasonVi}}
{{/each}}
Hạn bổ sung: {{dueDate | date}}.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Sở Công Thương đề nghị <strong>{{communeCode | unit}}</strong> bổ sung minh chứng cho hồ sơ {{level | ruralLevel}} năm {{targetYear}}:</p>
<ul>
{{#each items}}<li>{{code}}: {{reasonVi}}</li>
{{/each}}</ul>
<p>Hạn bổ sung: <strong>{{dueDate | date}}</strong>.</p>
