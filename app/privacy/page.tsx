import Link from 'next/link';

// Every statement here is checked by a browser test on every change (tests/e2e/privacy.spec.ts):
// storage names, no cookies, no other sites, nothing personal in any request.

const STORED: ReadonlyArray<{ name: string; what: string }> = [
  { name: 'Drafts', what: 'an agreement you have started: both names, each of your answers, and anything you wrote yourselves.' },
  { name: 'Signed agreements', what: 'every version you have both signed, with your typed names and the date.' },
  {
    name: 'Set-aside records',
    what: 'anything saved here that the app could not read back (for example after a problem with the browser). It is kept, never deleted without you, so nothing is lost.',
  },
  { name: 'Your country for help', what: 'if you choose one, so the help lines shown are ones that work where you are. It is never sent anywhere.' },
  {
    name: 'Keys for an agreement made on two phones',
    what: 'only if you choose “each on our own phone”: the secret from your invite link and this device’s own key, so this device can open the shared copy again; with them, your own answers as you make them, and your partner’s name (and, once you have both sent yours, their answers), so this phone can carry on without a connection.',
  },
];

export default function PrivacyPage() {
  return (
    <>
      <h1>What this app stores, and where</h1>
      <p className="lead">
        Together on one phone, everything you type stays on this device, in this browser, and nothing is sent to us or to
        anyone else. Each on your own phone, what you share travels through our server locked (encrypted) in your browser,
        with a key that only your invite link holds.
      </p>

      <h2>On this device</h2>
      <p>
        The app keeps your work in this browser’s own storage for websites (called IndexedDB), in one place named
        “our-terms”. It holds:
      </p>
      <ul>
        {STORED.map((item) => (
          <li key={item.name}>
            <strong>{item.name}:</strong> {item.what}
          </li>
        ))}
      </ul>
      <p>
        Anyone who can open this browser on this device, unlocked, can open what is saved here. “Delete my data” on the{' '}
        <Link href="/data">Your data</Link> page removes all of it, and so does clearing this site’s data in your browser’s
        settings.
      </p>

      <h2>On our server</h2>
      <ul>
        <li>
          There are no accounts. Together on one phone, there is no copy of your names, answers or agreement on any server.
        </li>
        <li>
          Each on your own phone, our server keeps a shared copy that it cannot read: your names, answers and terms are
          encrypted on your phones before they are sent, and the key stays in the invite link’s last part (after the “#”),
          which browsers never send. The server sees when something is saved and how big it is, and keeps only a scrambled
          form (a hash) of each phone’s key. Either of you can delete the shared copy at any time; an unused invite and a
          copy left alone are deleted when they expire. How this works, and what it does not protect against:
          docs/threat-model.md in the app’s source code.
        </li>
        <li>No cookies, no analytics, no advertising, no tracking.</li>
        <li>The app never contacts any other website: fonts, images and code all come from this site.</li>
        <li>
          The server that sends you the app’s pages sees ordinary page requests, as any website does (which page, from
          which internet address). Those requests never contain your names, answers or terms.
        </li>
      </ul>

      <h2>Copies you make</h2>
      <p>
        A PDF you download, or an agreement file you export, is your own copy. It is saved wherever you choose, and this app
        cannot see it, change it or delete it. The files have plain names that do not say what they are about.
      </p>

      <h2>What this app cannot do</h2>
      <ul>
        <li>
          Quick exit hides the page and opens a weather site, but it does not clear your browser history. Use a private
          window if that matters to you.
        </li>
        <li>It never sees, stores or checks any photo, video or message you send each other.</li>
        <li>It cannot delete anything outside this app, such as messages, photos or backups in WhatsApp or other apps.</li>
      </ul>

      <p className="muted small">
        How the app is protected, and how to report a problem: see SECURITY.md in the app’s source code.
      </p>
      <div className="button-row">
        <Link className="button quiet" href="/">
          Back to the start
        </Link>
      </div>
    </>
  );
}
