// What the gateway's sign-in routes (/api/auth) accept: the bodies of registration and sign-in.

export interface RegisterRequest {
  fullName: string;
  email: string;
  password: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}
