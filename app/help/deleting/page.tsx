import Link from 'next/link';

// Facts: WhatsApp FAQ (disappearing messages, view once, backups, linked devices); "Delete for everyone"
// window ≈ 2 days 12 h is from secondary sources; iPhone Recently Deleted 30 days; Google Photos trash 60 days [2°].

const WHERE_COPIES_HIDE = [
  'The chat itself, on both phones, including starred messages and quoted replies',
  'The phone’s photo gallery or camera roll, if media was saved or auto-downloaded',
  '“Recently Deleted” on iPhone (kept about 30 days) and the Google Photos trash (about 60 days)',
  'Chat backups (iCloud, Google Drive) made before you deleted, and iPhone device backups',
  'Linked devices: WhatsApp on a computer or tablet keeps its own copy',
  'Exported chats, screenshots, screen recordings, and files sent to yourself or to cloud folders',
  'Notification history on some phones',
];

export default function DeletingHelpPage() {
  return (
    <>
      <h1>Deleting messages and photos</h1>
      <p className="lead">
        You can remove what is on your own phone and accounts. Nobody can delete a copy on someone else’s phone, so deleting
        together only works when you both do it, and then say it is done.
      </p>
      <p className="notice">
        No app can promise that every copy is gone forever: a photo can be copied with another camera, saved, or backed up
        before it was deleted. What you can do is remove every copy you control, and be honest about it.
      </p>
      <h2>In WhatsApp</h2>
      <ol>
        <li>Open the chat, press and hold a message or photo, choose Delete, then “Delete for me”, or “Delete for everyone” if it is still offered (only for a short time after sending, about two and a half days).</li>
        <li>To empty a whole chat: open the chat, tap the name, then “Clear chat”. Tick the option to also delete media in the chat.</li>
        <li>Check your gallery: saved or auto-downloaded media stays there after the chat is cleared. Delete it, then empty “Recently Deleted” (iPhone) or the trash (Android, Google Photos).</li>
        <li>Backups: Settings, then Chats, then Chat backup. A backup made before you deleted still holds the old messages. Make a new backup after deleting, or turn backups off and delete the old one.</li>
        <li>Linked devices: Settings, then Linked devices. Log out of any computer or tablet that had the chat, or clear the chat there too.</li>
      </ol>
      <h2>In other apps</h2>
      <ul>
        <li>
          <strong>Signal:</strong> delete messages or the whole chat, and check any linked computer or tablet. Signal can now
          keep an encrypted backup online, but only if you turned it on: check Settings, then Backups, and turn it off if you
          no longer want it. On Android, also check Settings, then Chats, then Chat backups, which saves a file on the phone.
        </li>
        <li>
          <strong>iMessage:</strong> delete the messages on every Apple device signed in to your account. If Messages in iCloud
          is on, deleting syncs across devices; iCloud device backups may still hold older copies.
        </li>
        <li>
          <strong>Telegram:</strong> delete the messages (you can choose to delete them for both of you) and check other
          devices signed in to your account. Only Secret Chats are end-to-end encrypted; regular chats are kept in Telegram’s
          cloud until deleted.
        </li>
      </ul>
      <h2>Where copies hide</h2>
      <ul>
        {WHERE_COPIES_HIDE.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>If someone will not delete, or threatens to share</h2>
      <p>
        Keep evidence of any threat (do not delete it), and get support: threatening to share intimate images is abuse, and in
        many places it is a crime. <Link href="/support">Support and help lines</Link>
      </p>
      <h2>This app’s own data</h2>
      <p>
        Drafts and agreements made here are kept in this browser. You can remove all of them on the{' '}
        <Link href="/data">Your data</Link> page. An agreement made each on your own phone also has a locked copy on our
        server, which we cannot read: either of you can delete it from the agreement’s own page (“The shared copy on our
        server”), and otherwise it is removed when it expires.
      </p>
    </>
  );
}
