subject: Hàng đợi lỗi (DLQ) tăng: cần kiểm tra và xử lý lại
short: Khuyến công: có sự kiện mới trong hàng đợi lỗi (DLQ), cần kiểm tra.
--- text
Kính gửi {{recipientName}},

Có sự kiện không xử lý được vừa được chuyển vào hàng đợi lỗi (kiểm tra lúc {{checkedAt | datetime}}):
{{#each growth}}- {{topic}}: thêm {{added}}, tổng {{total}}
{{/each}}
Đề nghị xem lý do trong tiêu đề kc-error-reason của từng sự kiện và xử lý lại (redrive) sau khi khắc phục.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Có sự kiện không xử lý được vừa được chuyển vào hàng đợi lỗi (kiểm tra lúc {{checkedAt | datetime}}):</p>
<ul>
{{#each growth}}<li><code>{{topic}}</code>: thêm {{added}}, tổng {{total}}</li>
{{/each}}</ul>
<p>Đề nghị xem lý do trong tiêu đề <code>kc-error-reason</code> của từng sự kiện và xử lý lại (redrive) sau khi khắc phục.</p>
