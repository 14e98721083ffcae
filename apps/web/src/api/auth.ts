// The identity routes the web app calls: registration, login (keeping the tokens), logout.
import { api } from './client';
import { endSession, keepTokens } from './refresh';
import type * as C from '@kc/contracts';
import type * as T from './types';

export const Auth = {
  register: (body: C.RegisterRequest) => api<C.BilingualMessage>('/api/auth/register', { method: 'POST', body }),
  login: async (body: C.LoginRequest) => {
    const tokens = await api<T.LoginResponse>('/api/auth/login', { method: 'POST', body });
    keepTokens(tokens);
    return tokens;
  },
  logout: endSession,
};
