import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setPersona } from '@/lib/auth-session';
import { renderApp } from '@/testing/render';

const region = (port: string) => screen.findByRole('region', { name: `Your access to ${port}` });

describe('requesting access from the product page', { timeout: 30_000 }, () => {
  afterEach(() => setPersona(null));

  it('names each missing field and sends nothing until they are filled', async () => {
    const { user } = renderApp('/products/customer-profiles');
    const profiles = await region('profiles');
    expect(profiles).toHaveTextContent('You have no access to this port.');
    await user.click(within(profiles).getByRole('button', { name: 'Request access' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Request access to Customer Profiles',
    });
    await user.click(within(dialog).getByRole('checkbox', { name: 'profiles' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(within(dialog).getByText('Choose at least one output port')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Describe the purpose in at least 10 characters'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Confirm that you have read the terms')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await region('profiles')).toHaveTextContent('You have no access to this port.');
  });

  it('sends one request per chosen port, and shows both as pending', async () => {
    const { user } = renderApp('/products/customer-profiles');
    const profiles = await region('profiles');
    await user.click(within(profiles).getByRole('button', { name: 'Request access' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Request access to Customer Profiles',
    });
    expect(within(dialog).getByRole('checkbox', { name: 'profiles' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'profile-changes' }));
    expect(
      within(dialog).getByRole('combobox', { name: 'Role on profile-changes' }),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Purpose' }),
      'Segment sizes for the loyalty programme',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /I have read the usage/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send 2 requests' }));

    expect(await screen.findByText('2 requests were sent to their approvers.')).toBeInTheDocument();
    expect(await region('profiles')).toHaveTextContent('waiting for its first approval');
    expect(await region('profile-changes')).toHaveTextContent('waiting for its first approval');
  });

  it('lists the requests under "My requests" and lets the requester cancel one', async () => {
    const { user } = renderApp('/access/requests');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My access requests' }),
    ).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Requests' });
    const item = (await within(list).findAllByRole('listitem')).find((candidate) =>
      candidate.textContent?.includes('Customer Profiles / profile-changes'),
    )!;
    expect(item).toHaveTextContent(/Submitted \d{1,2} \w{3} \d{4} → waiting for Customer 360/);
    await user.click(within(item).getByRole('button', { name: 'Cancel request' }));
    expect(await within(item).findByText(/→ cancelled/)).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Cancel request' })).toBeNull();
  });

  it('keeps a half-filled request across a reload, and forgets it once sent', async () => {
    const openForm = async (port: string, button: string) => {
      await user.click(within(await region(port)).getByRole('button', { name: button }));
      return screen.findByRole('dialog', { name: 'Request access to Customer Purchase History' });
    };
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    let view = renderApp('/products/customer-purchase-history');
    let { user } = view;
    let dialog = await openForm('purchases', 'Request access');
    await user.click(within(dialog).getByRole('checkbox', { name: 'customer-summary' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Purpose' }),
      'Churn model for the retention team',
    );
    const until = within(dialog).getByLabelText(/Access until/);
    await user.clear(until);
    await user.type(until, inAMonth);

    // A reload: the page and everything in its memory are gone, the tab's session is not.
    view.unmount();
    view = renderApp('/products/customer-purchase-history');
    ({ user } = view);
    dialog = await openForm('purchases', 'Continue your request');
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Your unsent request is filled in as you left it.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Purpose' })).toHaveValue(
      'Churn model for the retention team',
    );
    expect(within(dialog).getByRole('checkbox', { name: 'purchases' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'customer-summary' })).toBeChecked();
    expect(within(dialog).getByLabelText(/Access until/)).toHaveValue(inAMonth);
    // The terms are confirmed afresh each time, with them in view.
    expect(
      within(dialog).getByRole('checkbox', { name: /I have read the usage/ }),
    ).not.toBeChecked();

    await user.click(within(dialog).getByRole('checkbox', { name: 'customer-summary' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /I have read the usage/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Your request was sent to its approvers.')).toBeInTheDocument();

    view.unmount();
    view = renderApp('/products/customer-purchase-history');
    ({ user } = view);
    dialog = await openForm('customer-summary', 'Request access');
    expect(within(dialog).getByRole('textbox', { name: 'Purpose' })).toHaveValue('');
    expect(within(dialog).queryByRole('status')).toBeNull();

    // Cancelling forgets what was typed; closing the dialog would have kept it.
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Purpose' }),
      'Not needed after all',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    dialog = await openForm('customer-summary', 'Request access');
    expect(within(dialog).getByRole('textbox', { name: 'Purpose' })).toHaveValue('');
  });
});
