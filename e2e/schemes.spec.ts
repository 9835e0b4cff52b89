import { expect, test, TID, type KdflowPage } from './fixtures';

/** A result of the matrix: a property, for one UE or link where it is per party. */
const result = (kd: KdflowPage, scheme: string, property: string, of?: string) =>
  kd
    .byTestId(TID.schemes)
    .locator(
      `.scheme-result[data-scheme="${scheme}"][data-property="${property}"]${of ? `[data-of="${of}"]` : ''}`,
    );

// Written by hand from the default scenario (0b, intended reading, S10 protected, ESR clear);
// src/review/properties.test.ts says why each is so.
const EXPECTED: Record<string, Record<string, string>> = {
  kdf: {
    'network-computes-kd': 'yes', // MME_1 and MME_2 hold every input of the KD derivation
    'eavesdropper-computes-kd': 'none',
    'forward-secrecy': 'no', // K_ASME_2 opens message 3 (Keying_material_1), K_ASME_1 message 6
    'key-control': 'UE_1,MME_1,MME_2,UE_2', // the two NAS COUNTs, each kept by a UE and its MME
    'ue-freshness/UE_1': 'yes',
    'ue-freshness/UE_2': 'yes',
    'key-confirmation/UE_1': '9',
    'key-confirmation/UE_2': '10',
    'identity-binding': 'yes',
    'messages/PC5': '3',
    'messages/MME-MME': '2',
  },
  common: {
    'network-computes-kd': 'yes', // MME_1 draws KD at step 2
    'eavesdropper-computes-kd': 'none',
    'forward-secrecy': 'no',
    'key-control': 'MME_1',
    'ue-freshness/UE_1': 'no',
    'ue-freshness/UE_2': 'no',
    'key-confirmation/UE_1': '9',
    'key-confirmation/UE_2': '10',
    'identity-binding': 'no',
    'messages/PC5': '3',
    'messages/MME-MME': '2',
  },
  dh: {
    'network-computes-kd': 'no', // no message carries DH_private_1 or DH_private_2
    'eavesdropper-computes-kd': 'none',
    'forward-secrecy': 'yes', // the K_ASMEs open only public keys; the private keys are gone
    'key-control': 'UE_1,UE_2', // each UE's private key
    'ue-freshness/UE_1': 'yes',
    'ue-freshness/UE_2': 'yes',
    'key-confirmation/UE_1': '9',
    'key-confirmation/UE_2': '10',
    'identity-binding': 'yes',
    'messages/PC5': '3',
    'messages/MME-MME': '2',
  },
};

test('the Schemes tab shows the property matrix for the three schemes', async ({ kd }) => {
  await kd.open();
  await kd.showSection('schemes');
  const table = kd.byTestId(TID.schemes);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  // Each row is named by its scheme, marked illustrative where it is.
  await expect(table.locator('tbody tr[data-scheme="dh"] th')).toContainText('X25519');
  for (const [scheme, cells] of Object.entries(EXPECTED))
    for (const [key, value] of Object.entries(cells)) {
      const [property, of] = key.split('/');
      await expect(result(kd, scheme, property!, of), `${scheme} ${key}`).toHaveAttribute(
        'data-result',
        value,
      );
    }
  // A single-valued cell carries its result on the cell too.
  await expect(
    table.locator('td[data-scheme="common"][data-property="key-control"]'),
  ).toHaveAttribute('data-result', 'MME_1');
  expect(kd.errors).toEqual([]);
});

test('S10 in clear lets its eavesdropper compute KD under the KDF and common schemes, not X25519; the ESR changes nothing', async ({
  kd,
}) => {
  await kd.open();
  await kd.showSection('knowledge');
  await kd.byTestId(TID.assumption('s10')).selectOption('clear');
  await kd.byTestId(TID.assumption('esr')).selectOption('ciphered');
  await kd.showSection('schemes');
  await expect(kd.byTestId(TID.schemesUnder)).toContainText('in clear');
  for (const scheme of ['kdf', 'common']) {
    // Messages 2 and 5 show Keying_material_1 and _2 (and the IDs) to the S10 eavesdropper.
    await expect(result(kd, scheme, 'eavesdropper-computes-kd')).toHaveAttribute(
      'data-result',
      'MME-MME',
    );
    await expect(
      result(kd, scheme, 'eavesdropper-computes-kd').locator('[data-assumption="s10"]'),
    ).toHaveCount(1);
    // What does not rest on S10 stays: the MMEs know KD either way.
    await expect(result(kd, scheme, 'network-computes-kd')).toHaveAttribute('data-result', 'yes');
  }
  // The X25519 scheme's eavesdropper sees both public keys in clear and still lacks DH_shared.
  await expect(result(kd, 'dh', 'eavesdropper-computes-kd')).toHaveAttribute('data-result', 'none');
  await expect(result(kd, 'dh', 'network-computes-kd')).toHaveAttribute('data-result', 'no');
  // Back to protected: the cell flips back.
  await kd.showSection('knowledge');
  await kd.byTestId(TID.assumption('s10')).selectOption('protected');
  await kd.showSection('schemes');
  await expect(result(kd, 'kdf', 'eavesdropper-computes-kd')).toHaveAttribute(
    'data-result',
    'none',
  );
});

test('a justification goes to its step, in its row’s scheme', async ({ kd }) => {
  await kd.open('?step=3');
  await kd.showSection('schemes');
  // Common's key control: MME_1 draws KD at step 2.
  const because = result(kd, 'common', 'key-control').locator('button[data-step="2"]');
  await because.click();
  await kd.expectStep(2);
  await expect(kd.byTestId(TID.picker('scheme'))).toHaveValue('common');
  await expect(kd.byTestId(TID.schemes).locator('tr.current')).toHaveAttribute(
    'data-scheme',
    'common',
  );
  // Calculated's KD derivation, at step 7.
  await result(kd, 'kdf', 'identity-binding')
    .locator('button[data-because="kd/KD"]')
    .first()
    .click();
  await kd.expectStep(7);
  await expect(kd.byTestId(TID.picker('scheme'))).toHaveValue('kdf');
});
