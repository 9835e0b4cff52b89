import { execFileSync } from 'node:child_process';
import { createHmac, createPrivateKey, createPublicKey, diffieHellman } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededInputs } from '../src/protocol/inputs';
import { DEFAULT_SCENARIO } from '../src/protocol/scenario';
import { simulate } from '../src/protocol/simulate';
import { toQuery } from '../src/store/deepLink';
import { expect, LAST, lastStepOfQuery, test, TID } from './fixtures';

const hmac = (keyHex: string, sHex: string) =>
  createHmac('sha256', Buffer.from(keyHex, 'hex')).update(Buffer.from(sHex, 'hex')).digest('hex');

/** Runs a shell command the way a reader would paste it, and takes the hex openssl prints. */
const runCommand = (command: string) =>
  /([0-9a-f]{64})\s*$/.exec(execFileSync('sh', ['-c', command], { encoding: 'utf8' }))?.[1];

/**
 * X25519 with Node's own crypto (OpenSSL underneath), not the page's @noble/curves: the raw keys
 * wrapped in RFC 8410's DER. With no peer key, the private key's public key.
 */
function x25519(privateHex: string, peerHex: string | null): string {
  const priv = createPrivateKey({
    key: Buffer.from(`302e020100300506032b656e04220420${privateHex}`, 'hex'),
    format: 'der',
    type: 'pkcs8',
  });
  if (peerHex === null)
    return createPublicKey(priv)
      .export({ format: 'der', type: 'spki' })
      .subarray(-32)
      .toString('hex');
  const pub = createPublicKey({
    key: Buffer.from(`302a300506032b656e032100${peerHex}`, 'hex'),
    format: 'der',
    type: 'spki',
  });
  return diffieHellman({ privateKey: priv, publicKey: pub }).toString('hex');
}

for (const query of [
  '?scheme=kdf&trigger=0b',
  '?scheme=common&trigger=0a-drr&peer=exp-code',
  '?scheme=dh&trigger=0a-dcr',
]) {
  test(`every derived value at the last step recomputes from its shown inputs (${query})`, async ({
    kd,
    page,
  }) => {
    await kd.open(`${query}&step=${lastStepOfQuery(query)}&seed=inspect`);
    const inspectors = page.locator('[data-derivation]');
    const shown = await inspectors.evaluateAll((els) =>
      els.map((e) => ({
        name: e.getAttribute('data-derivation') ?? '',
        fn: e.getAttribute('data-fn') ?? '',
        u: e.getAttribute('data-u-hex'),
        key: e.getAttribute('data-key-hex') ?? '',
        s: e.getAttribute('data-s-hex') ?? '',
        out: e.getAttribute('data-out-hex') ?? '',
        value: e.closest('[data-value]')?.getAttribute('data-hex') ?? '',
      })),
    );
    // On PC5 both UEs derive K_int and the security mode messages' MACs (the sender's MAC, the
    // receiver's own XMAC to verify it), in every variant.
    const pc5 = [
      'KD_sess',
      'K_int',
      'MAC_command',
      'XMAC_command',
      'MAC_complete',
      'XMAC_complete',
    ];
    const scheme = new URLSearchParams(query).get('scheme');
    expect(new Set(shown.map((d) => d.name))).toEqual(
      new Set(
        scheme === 'kdf'
          ? ['Keying_material_1', 'Keying_material_2', 'KD', ...pc5]
          : scheme === 'dh'
            ? ['Keying_material_1', 'Keying_material_2', 'DH_shared', 'KD', ...pc5]
            : pc5,
      ),
    );
    // Under the X25519 scheme the public keys and DH_shared are X25519 uses, the rest KDF ones.
    expect(
      shown
        .filter((d) => d.fn === 'x25519')
        .map((d) => d.name)
        .sort(),
    ).toEqual(
      scheme === 'dh' ? ['DH_shared', 'DH_shared', 'Keying_material_1', 'Keying_material_2'] : [],
    );
    for (const d of shown) {
      expect(d.fn === 'x25519' ? x25519(d.key, d.u) : hmac(d.key, d.s)).toBe(d.out);
      // …and the output is the very value the panel shows.
      expect(d.value).toBe(d.out);
    }
  });
}

test('the inspector breaks S into fields and the copied command prints the same bytes', async ({
  kd,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await kd.open(`?step=${LAST}&seed=inspect`);
  const inspector = kd.page.locator('[data-actor="UE_1"] [data-derivation="KD"]');
  await inspector.locator('summary').click();
  await expect(inspector.locator('th', { hasText: /^P1$/ })).toBeVisible();
  await expect(inspector).toContainText('UE_2 ID');
  await expect(inspector).toContainText('illustrative, not allocated');
  await inspector.getByRole('button', { name: 'Copy command' }).click();
  await expect(inspector.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('openssl dgst -sha256 -mac HMAC');
  expect(runCommand(copied)).toBe(await inspector.getAttribute('data-out-hex'));
  expect(runCommand(copied)).toBe(await kd.hexOf('UE_1', 'KD'));
});

test('under the X25519 scheme the copied openssl commands print the shown public key and DH_shared', async ({
  kd,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await kd.open('?scheme=dh&step=7&seed=inspect');
  // The commands write their DER files where they run: a folder of their own.
  const cwd = mkdtempSync(join(tmpdir(), 'kdflow-x25519-'));
  const inFolder = (command: string) =>
    /([0-9a-f]{64})\s*$/.exec(execFileSync('sh', ['-c', command], { encoding: 'utf8', cwd }))?.[1];
  for (const [actor, value, tool] of [
    ['UE_1', 'DH_shared', 'openssl pkeyutl -derive'],
    ['UE_2', 'DH_shared', 'openssl pkeyutl -derive'],
    ['UE_1', 'Keying_material_1', 'openssl pkey'],
  ] as const) {
    const inspector = kd.page.locator(`[data-actor="${actor}"] [data-derivation="${value}"]`);
    await inspector.locator('summary').click();
    await expect(inspector).toContainText('X25519(k, u)');
    await inspector.getByRole('button', { name: 'Copy command' }).click();
    await expect(inspector.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(tool);
    expect(inFolder(copied), `${value} at ${actor}`).toBe(await kd.hexOf(actor, value));
  }
  // Both UEs' DH_shared, and so KD, are the same bytes; no MME shows either.
  expect(await kd.hexOf('UE_1', 'DH_shared')).toBe(await kd.hexOf('UE_2', 'DH_shared'));
  expect(await kd.hexOf('UE_1', 'KD')).toBe(await kd.hexOf('UE_2', 'KD'));
  for (const mme of ['MME_1', 'MME_2'] as const)
    for (const v of ['KD', 'DH_shared', 'DH_private_1', 'DH_private_2'])
      await expect(page.locator(`[data-actor="${mme}"] [data-value="${v}"]`)).toHaveCount(0);
});

test('a bad edit says which field and why, keeps the last good values and the other fields', async ({
  kd,
}) => {
  await kd.open('?step=7&seed=edit');
  await kd.openInputs();
  const kd1 = await kd.hexOf('UE_1', 'KD');
  await kd.byTestId(TID.input('UE_2_ID')).fill('a1b2c3');
  await expect.poll(() => kd.hexOf('UE_1', 'KD')).not.toBe(kd1);
  const good = await kd.hexOf('UE_1', 'KD');
  await kd.byTestId(TID.input('K_ASME_1')).fill('12345');
  await kd.byTestId(TID.input('DKSI')).fill('9');
  const asme = kd.byTestId(TID.inputs).locator('#input-error-K_ASME_1');
  await expect(asme).toContainText('K_ASME_1 must be 64 hex digits (32 octets); it has 5');
  await expect(kd.byTestId(TID.inputs).locator('#input-error-DKSI')).toContainText(
    'DKSI must be a whole number from 0 to 6',
  );
  // What was typed stays; the other field keeps its edit; the values are the last good ones.
  await expect(kd.byTestId(TID.input('K_ASME_1'))).toHaveValue('12345');
  await expect(kd.byTestId(TID.input('UE_2_ID'))).toHaveValue('a1b2c3');
  expect(await kd.hexOf('UE_1', 'KD')).toBe(good);
  expect(await kd.hexOf('UE_2', 'KD')).toBe(good);
  await kd.urlSettled();
  expect(kd.query().get('in.K_ASME_1')).toBeNull();
});

test('a good edit changes KD at both UEs alike and survives a reload through the URL', async ({
  kd,
  page,
}) => {
  await kd.open('?step=7&seed=edit');
  await kd.openInputs();
  const before = await kd.hexOf('UE_1', 'KD');
  const asme = 'ab'.repeat(32);
  await kd.byTestId(TID.input('K_ASME_1')).fill(asme.toUpperCase());
  await expect.poll(() => kd.hexOf('UE_1', 'KD')).not.toBe(before);
  const after = await kd.hexOf('UE_1', 'KD');
  expect(await kd.hexOf('UE_2', 'KD')).toBe(after);
  expect(await kd.hexOf('MME_1', 'K_ASME_1')).toBe(asme);
  await expect.poll(() => kd.query().get('in.K_ASME_1')).toBe(asme);
  // The same bytes as simulate() with that input.
  const trace = simulate(DEFAULT_SCENARIO, 'edit', {
    ...seededInputs('edit'),
    K_ASME_1: Buffer.from(asme, 'hex'),
  });
  expect(after).toBe(trace.steps[7]?.holdings.UE_1.find((v) => v.name === 'KD')?.hex);
  await page.reload();
  await kd.waitForFigure();
  expect(await kd.hexOf('UE_1', 'KD')).toBe(after);
  await expect(kd.byTestId(TID.input('K_ASME_1'))).toHaveValue(asme);
});

test('Random draws fresh values; back to the seed restores them', async ({ kd }) => {
  await kd.open('?step=7&seed=edit');
  await kd.openInputs();
  const seeded = await kd.hexOf('UE_1', 'KD');
  await kd.byTestId(TID.randomInputs).click();
  await expect.poll(() => kd.hexOf('UE_1', 'KD')).not.toBe(seeded);
  expect(await kd.hexOf('UE_2', 'KD')).toBe(await kd.hexOf('UE_1', 'KD'));
  await kd.urlSettled();
  expect(kd.query().get('in.K_ASME_2')).toMatch(/^[0-9a-f]{64}$/);
  await kd.byTestId(TID.resetInputs).click();
  await expect.poll(() => kd.hexOf('UE_1', 'KD')).toBe(seeded);
  await kd.urlSettled();
  expect(kd.query().get('in.K_ASME_2')).toBeNull();
});

test('KD-sess is equal at both UEs and changes with either nonce', async ({ kd, page }) => {
  await kd.open(toQuery({ scenario: DEFAULT_SCENARIO, seed: 'sess', step: 9 }));
  await expect(page.locator('[data-kd-sess-match]')).toHaveAttribute('data-kd-sess-match', 'true');
  const sess = await kd.hexOf('UE_1', 'KD_sess');
  expect(sess).toMatch(/^[0-9a-f]{64}$/);
  expect(await kd.hexOf('UE_2', 'KD_sess')).toBe(sess);
  await kd.openInputs();
  await kd.byTestId(TID.input('Nonce_1')).fill('00'.repeat(16));
  await expect.poll(() => kd.hexOf('UE_1', 'KD_sess')).not.toBe(sess);
  const withNonce1 = await kd.hexOf('UE_1', 'KD_sess');
  expect(await kd.hexOf('UE_2', 'KD_sess')).toBe(withNonce1);
  await kd.byTestId(TID.input('Nonce_2')).fill('ff'.repeat(16));
  await expect.poll(() => kd.hexOf('UE_2', 'KD_sess')).not.toBe(withNonce1);
  expect(await kd.hexOf('UE_1', 'KD_sess')).toBe(await kd.hexOf('UE_2', 'KD_sess'));
  // KD itself does not depend on the nonces.
  await expect(page.locator('[data-kd-match]')).toHaveAttribute('data-kd-match', 'true');
});

test('rekeying (0a-drr) retires the old KD, DKSI and KD-sess at the last step, not at 7', async ({
  kd,
}) => {
  // Make-before-break: the old values stay in use until the Security Mode Complete (the last step).
  const last = lastStepOfQuery('?trigger=0a-drr');
  await kd.open(`?trigger=0a-drr&step=${last}&seed=rekey`);
  for (const ue of ['UE_1', 'UE_2'] as const) {
    for (const old of ['KD_old', 'DKSI_old', 'KD_sess_old'] as const) {
      await expect(kd.value(ue, old)).toHaveAttribute('data-retired', String(last));
    }
    expect(await kd.hexOf(ue, 'KD')).not.toBe(await kd.hexOf(ue, 'KD_old'));
    expect(await kd.hexOf(ue, 'DKSI')).not.toBe(await kd.hexOf(ue, 'DKSI_old'));
    expect(await kd.hexOf(ue, 'KD_sess')).not.toBe(await kd.hexOf(ue, 'KD_sess_old'));
  }
  for (const step of [6, 7, last - 1]) {
    await kd.open(`?trigger=0a-drr&step=${step}&seed=rekey`);
    await expect(kd.value('UE_1', 'KD_old')).not.toHaveAttribute('data-retired', /.*/);
    await expect(kd.value('UE_1', 'KD_sess_old')).not.toHaveAttribute('data-retired', /.*/);
  }
});

test('the Editor’s open question shows at step 7 beside KD', async ({ kd }) => {
  await kd.open('?step=6');
  await expect(kd.page.locator('[data-open-question]')).toHaveCount(0);
  await kd.open('?step=7');
  await expect(kd.page.locator('[data-actor="UE_1"] [data-open-question]')).toContainText(
    'What’s the life time of this security context of D2D?',
  );
});
