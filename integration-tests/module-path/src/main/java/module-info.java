/** An application that uses the library as a module, naming nothing but the library's module. */
module org.safeguarding.review.it.modulepath {
  requires org.safeguarding.review;
}
