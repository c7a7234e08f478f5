import { SignInCallback } from '@/features/auth/components/sign-in-callback';

export function Component() {
  return <SignInCallback />;
}
