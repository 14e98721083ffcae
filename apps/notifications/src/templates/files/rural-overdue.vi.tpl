subject: Quá hạn: bước "{{stage | ruralStage}}" của hồ sơ nông thôn mới {{communeCode | unit}}
short: Khuyến công: bước "{{stage | ruralStage}}" của hồ sơ {{communeCode | unit}} đã quá hạn {{dueAt | date}}.
--- text
Kính gửi {{recipientName}},

Bước "{{stage | ruralStage}}" trong hồ sơ {{level | ruralLevel}} năm {{targetYear}} của {{communeCode | unit}} đã quá hạn xử lý ({{dueAt | datetime}}) và được chuyển để Quý vị chỉ đạo xử lý.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Bước <strong>"{{stage | ruralStage}}"</strong> trong hồ sơ {{level | ruralLevel}} năm {{targetYear}} của <strong>{{communeCode | unit}}</strong> đã quá hạn xử lý ({{dueAt | datetime}}) và được chuyển để Quý vị chỉ đạo xử lý.</p>
