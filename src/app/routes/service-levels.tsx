import { PortfolioPage } from '@/features/service-levels/components/portfolio-page';

export function Component() {
  return <PortfolioPage />;
}
