import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { connection } from 'next/server';
import { QuickExit, QuickExitHint } from '@/components/ui/quick-exit';
import { StorageBanner } from '@/components/shared/storage-banner';
import './globals.css';

// Neutral on purpose: a title or tab can be seen by anyone glancing at the screen.
export const metadata: Metadata = {
  title: 'Our Terms',
  description: 'A private, shared agreement between two people.',
  referrer: 'no-referrer',
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Render per request, so Next can put this request's CSP nonce (set by proxy.ts) on its scripts.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Our Terms
          </Link>
          <QuickExit />
        </header>
        <main id="main" className="page">
          <StorageBanner />
          {children}
        </main>
        <footer className="site-footer">
          <QuickExitHint />
          <nav aria-label="About this app">
            <Link href="/privacy">What we store</Link>
            <Link href="/data">Your data</Link>
            <Link href="/help/deleting">Deleting messages</Link>
            <Link href="/support">Support and help lines</Link>
          </nav>
        </footer>
      </body>
    </html>
  );
}
