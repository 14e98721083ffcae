import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Auth } from '../../api/auth';
import { useI18n } from '../../i18n/i18n';
import { homeOf, saveSession } from '../../session';
import { Field } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { useFieldError } from '../../ui/form-errors';
import { ErrorState } from '../../ui/states';

const schema = z.object({
  email: z.string().trim().email('validation.email'),
  password: z.string().min(1, 'validation.password'),
});
type Form = z.infer<typeof schema>;

export default function LoginPage() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { register, handleSubmit, formState } = useForm<Form>({ resolver: zodResolver(schema) });
  const login = useMutation({
    mutationFn: Auth.login,
    onSuccess: (res) => {
      saveSession(res);
      const next = params.get('next');
      void navigate(next && next.startsWith('/') ? next : homeOf(res.user));
    },
  });
  return (
    <div className="auth-wrap">
      <div className="card auth-card">
        <PageHeader title={t('auth.loginTitle')} />
        <form className="form" noValidate onSubmit={(e) => void handleSubmit((v) => login.mutate(v))(e)}>
          {login.isError && <ErrorState error={login.error} />}
          <Field label={t('auth.email')} required error={fieldError(formState.errors.email)}>
            {(p) => <input {...p} type="email" autoComplete="username" {...register('email')} />}
          </Field>
          <Field label={t('auth.password')} required error={fieldError(formState.errors.password)}>
            {(p) => <input {...p} type="password" autoComplete="current-password" {...register('password')} />}
          </Field>
          <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
            {login.isPending ? t('app.loading') : t('auth.loginButton')}
          </button>
        </form>
        <p className="auth-switch">
          {t('auth.noAccount')} <Link to="/dang-ky">{t('nav.register')}</Link>
        </p>
      </div>
    </div>
  );
}
