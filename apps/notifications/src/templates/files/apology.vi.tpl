subject: Xin lỗi: hồ sơ {{dossierCode}} trễ hẹn, ngày hẹn mới {{newExpectedDate | date}}
short: Khuyến công xin lỗi: hồ sơ {{dossierCode}} trễ hẹn, ngày hẹn mới {{newExpectedDate | date}}.
--- text
Kính gửi {{recipientName}},

PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ (Mẫu 04)

Hồ sơ {{dossierCode}} chưa được giải quyết đúng hạn ở bước "{{stage | stage}}" (hạn {{dueAt | date}}).
Trung tâm Khuyến công thành thật xin lỗi Quý vị và hẹn trả kết quả vào ngày {{newExpectedDate | date}}.
--- html
<p>Kính gửi {{recipientName}},</p>
<p><strong>PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</strong> (Mẫu 04)</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> chưa được giải quyết đúng hạn ở bước "{{stage | stage}}" (hạn {{dueAt | date}}).</p>
<p>Trung tâm Khuyến công thành thật xin lỗi Quý vị và hẹn trả kết quả vào ngày <strong>{{newExpectedDate | date}}</strong>.</p>
