import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Auth } from '../../api/auth';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { useFieldError } from '../../ui/form-errors';
import { ErrorState } from '../../ui/states';

const schema = z
  .object({
    fullName: z.string().trim().min(2, 'validation.fullName'),
    email: z.string().trim().email('validation.email'),
    password: z.string().min(10, 'validation.passwordLength'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: 'validation.passwordMismatch', path: ['confirm'] });
type Form = z.infer<typeof schema>;

export default function RegisterPage() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const navigate = useNavigate();
  const { register, handleSubmit, formState } = useForm<Form>({ resolver: zodResolver(schema) });
  const signUp = useMutation({
    mutationFn: (v: Form) => Auth.register({ fullName: v.fullName, email: v.email, password: v.password }),
    onSuccess: () => {
      sessionStorage.setItem('kc.flash', 'registered');
      void navigate('/dang-nhap');
    },
  });
  const e = formState.errors;
  return (
    <div className="auth-wrap">
      <div className="card auth-card">
        <PageHeader title={t('auth.registerTitle')} />
        <form className="form" noValidate onSubmit={(ev) => void handleSubmit((v) => signUp.mutate(v))(ev)}>
          {signUp.isError && <ErrorState error={signUp.error} />}
          <Field label={t('auth.fullName')} hint={t('auth.fullNameHint')} required error={fieldError(e.fullName)}>
            {(p) => <input {...p} autoComplete="name" {...register('fullName')} />}
          </Field>
          <Field label={t('auth.email')} required error={fieldError(e.email)}>
            {(p) => <input {...p} type="email" autoComplete="email" {...register('email')} />}
          </Field>
          <Field label={t('auth.password')} hint={t('auth.passwordHint')} required error={fieldError(e.password)}>
            {(p) => <input {...p} type="password" autoComplete="new-password" {...register('password')} />}
          </Field>
          <Field label={t('auth.confirmPassword')} required error={fieldError(e.confirm)}>
            {(p) => <input {...p} type="password" autoComplete="new-password" {...register('confirm')} />}
          </Field>
          <button type="submit" className="btn btn-primary btn-block" disabled={signUp.isPending}>
            {t('auth.registerButton')}
          </button>
        </form>
        <p className="auth-switch">
          {t('auth.haveAccount')} <Link to="/dang-nhap">{t('nav.login')}</Link>
        </p>
      </div>
    </div>
  );
}
