import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState } from '@/components/error-state';

export function Component() {
  return (
    <>
      <title>Page not found · Meshport</title>
      <ErrorState
        title="Page not found"
        message="There is no page at this address. It may have moved, or the link may be incomplete."
        actions={
          <Button component={Link} to="/">
            Go to the catalog
          </Button>
        }
      />
    </>
  );
}
