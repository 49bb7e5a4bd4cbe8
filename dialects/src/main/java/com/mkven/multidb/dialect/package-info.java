package com.mkven.multidb.dialect;
