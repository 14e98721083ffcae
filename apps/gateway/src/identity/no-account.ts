import { NotFoundException } from '@nestjs/common';

/** The signed-in account is gone or disabled. */
export const noAccount = () =>
  new NotFoundException({
    message: 'Không tìm thấy tài khoản đang hoạt động.',
    messageEn: 'No active account found.',
  });
